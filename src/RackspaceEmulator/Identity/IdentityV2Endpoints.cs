using System.Globalization;
using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.Identity;

/// <summary>Identity 2.0: POST /v2.0/tokens with RAX-KSKEY:apiKeyCredentials or passwordCredentials.</summary>
internal static class IdentityV2Endpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v2.0/tokens", AuthenticateAsync)
            .WithMetadata(new EmulatorOperation("Authenticate", ApiDialect.Identity, Authenticated: false));
    }

    private static async Task<IResult> AuthenticateAsync(HttpContext http, CloudModel model)
    {
        var body = await JsonBody.ReadAsync(http).ConfigureAwait(false);
        var auth = body["auth"] as JsonObject ?? throw BadRequest("Invalid request: auth is required.");
        EmulatorAccount? account;
        string method;
        if (auth["RAX-KSKEY:apiKeyCredentials"] is JsonObject apiKey)
        {
            var username = JsonBody.RequiredString(apiKey, "username", "auth.RAX-KSKEY:apiKeyCredentials.username");
            var key = JsonBody.RequiredString(apiKey, "apiKey", "auth.RAX-KSKEY:apiKeyCredentials.apiKey");
            account = model.FindAccount(username);
            account = account is not null && FixedTimeEquals(account.ApiKey, key) ? account : null;
            method = "APIKEY";
        }
        else if (auth["passwordCredentials"] is JsonObject password)
        {
            var username = JsonBody.RequiredString(password, "username", "auth.passwordCredentials.username");
            var secret = JsonBody.RequiredString(password, "password", "auth.passwordCredentials.password");
            account = model.FindAccount(username);
            account = account?.Password is { } expected && FixedTimeEquals(expected, secret) ? account : null;
            method = "PASSWORD";
        }
        else
        {
            throw BadRequest("Invalid request: auth must contain RAX-KSKEY:apiKeyCredentials or passwordCredentials.");
        }

        if (account is null)
        {
            throw new CloudFaultException(CloudFault.Unauthorized("Unable to authenticate user with credentials provided."));
        }

        var requestedTenant = auth["tenantId"]?.GetValue<string>() ?? auth["tenantName"]?.GetValue<string>();
        if (requestedTenant is not null && requestedTenant != account.TenantId)
        {
            throw new CloudFaultException(CloudFault.Unauthorized($"Token not authenticated for tenant {requestedTenant}."));
        }

        var token = model.Tokens.Issue(account);
        return JsonReply.Result(StatusCodes.Status200OK, Access(http.BaseUrl(), model, token, method));
    }

    internal static JsonObject Access(string baseUrl, CloudModel model, IssuedToken token, string method)
    {
        var account = token.Account;
        var tenant = new JsonObject { ["id"] = account.TenantId, ["name"] = account.TenantId };
        var compute = new JsonArray();
        foreach (var region in model.Regions)
        {
            var host = $"{baseUrl}{region.ToLowerInvariant()}/v2";
            compute.Add(new JsonObject
            {
                ["region"] = region,
                ["tenantId"] = account.TenantId,
                ["publicURL"] = $"{host}/{account.TenantId}",
                ["versionInfo"] = $"{host}/",
                ["versionList"] = $"{baseUrl}{region.ToLowerInvariant()}/",
                ["versionId"] = "2",
            });
        }

        return new JsonObject
        {
            ["access"] = new JsonObject
            {
                ["token"] = new JsonObject
                {
                    ["id"] = token.Id,
                    ["expires"] = token.Expires.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    ["tenant"] = tenant,
                    ["RAX-AUTH:authenticatedBy"] = new JsonArray(method),
                },
                ["serviceCatalog"] = new JsonArray
                {
                    new JsonObject { ["name"] = "cloudServersOpenStack", ["type"] = "compute", ["endpoints"] = compute },
                    new JsonObject
                    {
                        ["name"] = "cloudServers",
                        ["type"] = "compute",
                        ["endpoints"] = new JsonArray
                        {
                            new JsonObject
                            {
                                ["tenantId"] = account.TenantId,
                                ["publicURL"] = $"{baseUrl}v1.0/{account.TenantId}",
                                ["versionInfo"] = $"{baseUrl}v1.0",
                                ["versionList"] = baseUrl,
                                ["versionId"] = "1.0",
                            },
                        },
                    },
                },
                ["user"] = new JsonObject
                {
                    ["id"] = $"user-{account.TenantId}",
                    ["name"] = account.Username,
                    ["roles"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["id"] = "10000150",
                            ["name"] = "compute:default",
                            ["description"] = "A Role that allows a user access to keystone Service methods",
                            ["tenantId"] = account.TenantId,
                        },
                        new JsonObject { ["id"] = "3", ["name"] = "identity:user-admin", ["description"] = "User Admin Role." },
                    },
                    ["RAX-AUTH:defaultRegion"] = account.DefaultRegion,
                },
            },
        };
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));

    private static CloudFaultException BadRequest(string message) => new(CloudFault.BadRequest(message));
}
