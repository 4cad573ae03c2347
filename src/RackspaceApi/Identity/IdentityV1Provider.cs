using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceApi.Identity;

/// <summary>Identity v1.0: GET {auth}/v1.0 with X-Auth-User and X-Auth-Key; 204 carries the token and service URLs in headers.</summary>
internal sealed class IdentityV1Provider(IHttpClientFactory httpClients, IOptions<RackspaceOptions> options, TimeProvider timeProvider)
    : IIdentityProvider
{
    private const string Operation = "Authenticate";

    public Uri IdentityUrl { get; } = options.Value.ResolveIdentityUrl()
        ?? throw new InvalidOperationException("Rackspace:IdentityUrl or Rackspace:Preset is required.");

    public async Task<IdentityAccess> AuthenticateAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, IdentityUrl);
        request.Headers.TryAddWithoutValidation("X-Auth-User", options.Value.Username);
        request.Headers.TryAddWithoutValidation("X-Auth-Key", options.Value.ApiKey);
        using var httpClient = httpClients.CreateClient(IdentityClients.Name);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var fault = FaultReader.Read(body, status);
            throw new RackspaceAuthenticationException(
                $"Identity v1.0 at {IdentityUrl} refused to authenticate the configured user: {status} {fault.Name} {fault.Message}".TrimEnd(),
                RackspaceEventTypes.FromStatus(status),
                FaultExceptionFactory.Create(Operation, response.StatusCode, fault, "", null));
        }

        var token = Header(response, "X-Auth-Token");
        var management = Header(response, "X-Server-Management-Url");
        if (token is null || !Uri.TryCreate(management, UriKind.Absolute, out var managementUrl))
        {
            throw new RackspaceAuthenticationException(
                $"Identity v1.0 at {IdentityUrl} answered {status} without the X-Auth-Token and X-Server-Management-Url headers.",
                RackspaceEventType.UnknownFailure);
        }

        var identity = new RackspaceIdentity(
            RackspaceEventTypes.FromStatus(status),
            timeProvider.GetUtcNow() + options.Value.V1TokenLifetime,
            TenantId: managementUrl.Segments.LastOrDefault()?.TrimEnd('/'),
            DefaultRegion: null,
            ServiceCatalog: [],
            ServerManagementUrl: managementUrl,
            StorageUrl: Uri.TryCreate(Header(response, "X-Storage-Url"), UriKind.Absolute, out var storage) ? storage : null,
            CdnManagementUrl: Uri.TryCreate(Header(response, "X-CDN-Management-Url"), UriKind.Absolute, out var cdn) ? cdn : null);
        return new IdentityAccess(token, identity);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.FirstOrDefault()
        : null;
}
