namespace Autoscaler.RackspaceApi.Http;

/// <summary>Keys of what the transport tells its handlers about a request.</summary>
internal static class RackspaceRequestOptions
{
    public static readonly HttpRequestOptionsKey<string> Operation = new("Rackspace.Operation");

    public static readonly HttpRequestOptionsKey<string> RelativePath = new("Rackspace.RelativePath");
}
