using System.Net;
using Autoscaler.RackspaceApi.Identity;
using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceApi.Http;

/// <summary>Adds X-Auth-Token to every request; on 401 authenticates again once and resends.</summary>
internal sealed class AuthenticationHandler(IdentitySession session, ILogger<AuthenticationHandler> logger) : DelegatingHandler
{
    private const string TokenHeader = "X-Auth-Token";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var access = await session.GetAccessAsync(cancellationToken).ConfigureAwait(false);
        SetToken(request, access.Token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        IdentityLog.TokenRefused(logger);
        response.Dispose();
        var renewed = await session.RefreshAsync(access.Token, cancellationToken).ConfigureAwait(false);
        SetToken(request, renewed.Token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void SetToken(HttpRequestMessage request, string token)
    {
        request.Headers.Remove(TokenHeader);
        request.Headers.TryAddWithoutValidation(TokenHeader, token);
    }
}
