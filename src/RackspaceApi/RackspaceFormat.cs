namespace Autoscaler.RackspaceApi;

/// <summary>The media type the v1.0 client sends and asks for. v2 always speaks JSON.</summary>
public enum RackspaceFormat
{
    /// <summary>application/json (the default).</summary>
    Json,

    /// <summary>application/xml in the namespace http://docs.rackspacecloud.com/servers/api/v1.0.</summary>
    Xml,
}
