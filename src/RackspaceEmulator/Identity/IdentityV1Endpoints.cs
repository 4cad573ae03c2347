using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.Identity;

/// <summary>Identity v1.0: GET /v1.0 with X-Auth-User and X-Auth-Key answers 204 with the token and service URLs.</summary>
internal static class IdentityV1Endpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1.0", Authenticate)
            .WithMetadata(new EmulatorOperation("Authenticate", ApiDialect.V1, Authenticated: false));
    }

    private static IResult Authenticate(HttpContext http, CloudModel model)
    {
        var user = http.Request.Headers["X-Auth-User"].ToString();
        var key = http.Request.Headers["X-Auth-Key"].ToString();
        if (user.Length == 0 && key.Length == 0)
        {
            // Without credentials this is the servers host's version resource.
            return V1.V1VersionEndpoints.VersionDetails(http);
        }

        var account = model.FindAccount(user);
        if (account is null || key.Length == 0 || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(account.ApiKey), System.Text.Encoding.UTF8.GetBytes(key)))
        {
            throw new CloudFaultException(CloudFault.Unauthorized("Bad username or password"));
        }

        var token = model.Tokens.Issue(account);
        var baseUrl = http.BaseUrl();
        var headers = http.Response.Headers;
        headers["X-Auth-Token"] = token.Id;
        headers["X-Storage-Token"] = token.Id;
        headers["X-Server-Management-Url"] = $"{baseUrl}v1.0/{account.TenantId}";
        headers["X-Storage-Url"] = $"{baseUrl}storage/v1/MossoCloudFS_{account.TenantId}";
        headers["X-CDN-Management-Url"] = $"{baseUrl}cdn/v1/MossoCloudFS_{account.TenantId}";
        headers.CacheControl = "s-maxage=86399";
        return Results.StatusCode(StatusCodes.Status204NoContent);
    }
}
