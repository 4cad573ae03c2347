namespace Autoscaler.RackspaceApi.Identity;

/// <summary>The name of the IHttpClientFactory client that talks to the identity service.</summary>
internal static class IdentityClients
{
    public const string Name = "Autoscaler.RackspaceApi.Identity";
}
