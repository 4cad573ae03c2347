namespace Autoscaler.RackspaceApi;

/// <summary>Which Rackspace Cloud Servers API the client speaks.</summary>
public enum RackspaceDialect
{
    /// <summary>Cloud Servers API v1.0 (First Gen, the seed's API) with identity v1.0.</summary>
    V1,

    /// <summary>Cloud Servers API v2 (Next Gen, OpenStack compatible) with identity v2.0.</summary>
    V2,
}
