namespace Autoscaler.RackspaceApi;

/// <summary>Named Rackspace identity endpoints, so a configuration can say "UK" instead of a URL.</summary>
public enum RackspaceIdentityPreset
{
    /// <summary>The US identity service (auth.api.rackspacecloud.com for v1.0, identity.api.rackspacecloud.com for v2.0).</summary>
    US,

    /// <summary>The UK identity service (lon.auth.api.rackspacecloud.com for v1.0, lon.identity.api.rackspacecloud.com for v2.0).</summary>
    UK,
}
