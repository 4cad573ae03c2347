using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Serialization;
using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceApi.Identity;

/// <summary>Identity v2.0: POST {identity}/tokens with RAX-KSKEY:apiKeyCredentials or passwordCredentials.</summary>
internal sealed class IdentityV2Provider(IHttpClientFactory httpClients, IOptions<RackspaceOptions> options) : IIdentityProvider
{
    private const string Operation = "Authenticate";

    public Uri IdentityUrl { get; } = options.Value.ResolveIdentityUrl()
        ?? throw new InvalidOperationException("Rackspace:IdentityUrl or Rackspace:Preset is required.");

    public async Task<IdentityAccess> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var tokensUrl = new Uri(WithTrailingSlash(IdentityUrl), "tokens");
        using var request = new HttpRequestMessage(HttpMethod.Post, tokensUrl)
        {
            Content = new StringContent(CredentialsBody(options.Value), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        using var httpClient = httpClients.CreateClient(IdentityClients.Name);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var fault = FaultReader.Read(body, (int)response.StatusCode);
            throw new RackspaceAuthenticationException(
                $"Identity v2.0 at {IdentityUrl} refused to authenticate the configured user: {(int)response.StatusCode} {Describe(fault)}",
                RackspaceEventTypes.FromStatus((int)response.StatusCode),
                FaultExceptionFactory.Create(Operation, response.StatusCode, fault, "", null));
        }

        var access = RackspaceJson.Deserialize<IdentityV2Response>(body, Operation).Access;
        var token = access?.Token;
        if (token?.Id is not { Length: > 0 } tokenId || token.Expires is not { } expires)
        {
            throw new RackspaceAuthenticationException(
                $"Identity v2.0 at {IdentityUrl} answered {(int)response.StatusCode} without access.token.id and access.token.expires.",
                RackspaceEventType.UnknownFailure);
        }

        var catalog = (access!.ServiceCatalog ?? []).Select(ToEntry).ToList();
        var identity = new RackspaceIdentity(
            RackspaceEventTypes.FromStatus((int)response.StatusCode),
            expires,
            token.Tenant?.Id,
            access.User?.DefaultRegion,
            catalog,
            ServerManagementUrl: null);
        return new IdentityAccess(tokenId, identity);
    }

    /// <summary>The request body; built here and sent only to the identity service.</summary>
    internal static string CredentialsBody(RackspaceOptions options)
    {
        var credentials = string.IsNullOrEmpty(options.ApiKey)
            ? new JsonObject
            {
                ["passwordCredentials"] = new JsonObject { ["username"] = options.Username, ["password"] = options.Password },
            }
            : new JsonObject
            {
                ["RAX-KSKEY:apiKeyCredentials"] = new JsonObject { ["username"] = options.Username, ["apiKey"] = options.ApiKey },
            };
        return new JsonObject { ["auth"] = credentials }.ToJsonString();
    }

    internal static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;

    private static string Describe(RackspaceFault fault) =>
        fault.Name.Length == 0 ? "(no fault document)" : $"{fault.Name}: {fault.Message}";

    private static ServiceCatalogEntry ToEntry(IdentityV2Service service) => new(
        service.Name ?? "",
        service.Type ?? "",
        (service.Endpoints ?? [])
            .Where(e => Uri.TryCreate(e.PublicUrl, UriKind.Absolute, out _))
            .Select(e => new ServiceEndpoint(e.Region, new Uri(e.PublicUrl!), e.TenantId))
            .ToList());
}
