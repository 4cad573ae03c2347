using System.Net;
using System.Text.Json.Nodes;

namespace Autoscaler.RackspaceEmulator.Tests.Identity;

public sealed class IdentityV2Tests
{
    [Fact]
    public async Task Tokens_ApiKeyCredentials_ReturnsTokenAndComputeEndpointPerRegion()
    {
        await using var cloud = await TestCloud.StartAsync();

        using var response = await cloud.Http.PostAsync(cloud.Cloud.IdentityV2Endpoint + "tokens", TestCloud.Json(new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["RAX-KSKEY:apiKeyCredentials"] = new JsonObject { ["username"] = "demo", ["apiKey"] = "demo-api-key" },
            },
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var access = (await TestCloud.ReadJsonAsync(response))["access"]!;
        Assert.False(string.IsNullOrEmpty((string?)access["token"]!["id"]));
        Assert.Equal("2026-01-06T12:00:00.000Z", (string?)access["token"]!["expires"]);
        Assert.Equal("100000", (string?)access["token"]!["tenant"]!["id"]);
        Assert.Equal("DFW", (string?)access["user"]!["RAX-AUTH:defaultRegion"]);
        var compute = access["serviceCatalog"]!.AsArray().Single(s => (string?)s!["name"] == "cloudServersOpenStack")!;
        Assert.Equal("compute", (string?)compute["type"]);
        var endpoints = compute["endpoints"]!.AsArray();
        Assert.Equal(["DFW", "ORD", "IAD", "LON", "SYD", "HKG"], endpoints.Select(e => (string)e!["region"]!));
        Assert.Equal($"{cloud.Cloud.BaseAddress}ord/v2/100000", (string?)endpoints[1]!["publicURL"]);
    }

    [Fact]
    public async Task Tokens_PasswordCredentials_AuthenticatesConfiguredPassword()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Accounts.Add(new EmulatorAccount
        {
            Username = "ops", ApiKey = "k", Password = "s3cret", TenantId = "777", DefaultRegion = "LON",
        }));

        using var response = await cloud.Http.PostAsync(cloud.Cloud.IdentityV2Endpoint + "tokens", TestCloud.Json(new JsonObject
        {
            ["auth"] = new JsonObject { ["passwordCredentials"] = new JsonObject { ["username"] = "ops", ["password"] = "s3cret" } },
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var access = (await TestCloud.ReadJsonAsync(response))["access"]!;
        Assert.Equal("777", (string?)access["token"]!["tenant"]!["id"]);
        Assert.Equal("LON", (string?)access["user"]!["RAX-AUTH:defaultRegion"]);
    }

    [Fact]
    public async Task Tokens_WrongApiKey_Returns401WithUnauthorizedFault()
    {
        await using var cloud = await TestCloud.StartAsync();

        using var response = await cloud.Http.PostAsync(cloud.Cloud.IdentityV2Endpoint + "tokens", TestCloud.Json(new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["RAX-KSKEY:apiKeyCredentials"] = new JsonObject { ["username"] = "demo", ["apiKey"] = "wrong" },
            },
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var fault = (await TestCloud.ReadJsonAsync(response))["unauthorized"]!;
        Assert.Equal(401, (int)fault["code"]!);
        Assert.Equal("Unable to authenticate user with credentials provided.", (string?)fault["message"]);
    }

    [Fact]
    public async Task Tokens_MissingUsername_Returns400NamingTheField()
    {
        await using var cloud = await TestCloud.StartAsync();

        using var response = await cloud.Http.PostAsync(cloud.Cloud.IdentityV2Endpoint + "tokens", TestCloud.Json(new JsonObject
        {
            ["auth"] = new JsonObject { ["RAX-KSKEY:apiKeyCredentials"] = new JsonObject { ["apiKey"] = "demo-api-key" } },
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("auth.RAX-KSKEY:apiKeyCredentials.username", (string?)(await TestCloud.ReadJsonAsync(response))["badRequest"]!["message"]);
    }

    [Fact]
    public async Task Token_AfterLifetime_IsRejectedWith401()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.TokenLifetime = TimeSpan.FromHours(1));
        var (token, url) = await cloud.LoginV2Async();
        using (var before = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        cloud.Time.Advance(TimeSpan.FromHours(1));

        using var after = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(401, (int)(await TestCloud.ReadJsonAsync(after))["unauthorized"]!["code"]!);
    }
}
