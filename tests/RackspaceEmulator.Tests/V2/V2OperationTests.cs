using System.Net;
using System.Text.Json.Nodes;

namespace Autoscaler.RackspaceEmulator.Tests.V2;

/// <summary>v2 operations the client uses: paging, filters, metadata, flavors, images, addresses, validation faults.</summary>
public sealed class V2OperationTests
{
    private static async Task<string> CreateAsync(TestCloud cloud, string token, string url, string name, JsonObject? extra = null)
    {
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2ServerTests.CreateBody(name, extra)));
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        return (string)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;
    }

    [Fact]
    public async Task ListServers_MarkerPaging_FollowsNextLinksToTheEnd()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateAsync(cloud, token, url, $"p{i}"));
        }

        var seen = new List<string>();
        string? next = url + "/servers?limit=2";
        var pages = 0;
        while (next is not null)
        {
            using var response = await cloud.SendAsync(HttpMethod.Get, next, token);
            var body = await TestCloud.ReadJsonAsync(response);
            seen.AddRange(body["servers"]!.AsArray().Select(s => (string)s!["id"]!));
            next = (string?)body["servers_links"]?.AsArray().Single(l => (string?)l!["rel"] == "next")!["href"];
            pages++;
        }

        using var badMarker = await cloud.SendAsync(HttpMethod.Get, url + "/servers?marker=nope", token);

        Assert.Equal(ids, seen);
        Assert.Equal(3, pages);
        Assert.Equal(HttpStatusCode.BadRequest, badMarker.StatusCode);
        Assert.Contains("marker", (string?)(await TestCloud.ReadJsonAsync(badMarker))["badRequest"]!["message"]);
    }

    [Fact]
    public async Task ListServers_FiltersByNameStatusImageFlavorAndChangesSince()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        await CreateAsync(cloud, token, url, "game-eu-1");
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        var since = Uri.EscapeDataString(cloud.Time.GetUtcNow().AddSeconds(1).ToString("O"));
        cloud.Time.Advance(TimeSpan.FromSeconds(2));
        await CreateAsync(cloud, token, url, "game-us-1", new JsonObject { ["flavorRef"] = "3" });

        async Task<string[]> NamesAsync(string query)
        {
            using var response = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/detail?{query}", token);
            return [.. (await TestCloud.ReadJsonAsync(response))["servers"]!.AsArray().Select(s => (string)s!["name"]!)];
        }

        Assert.Equal(["game-eu-1"], await NamesAsync("name=eu"));
        Assert.Equal(["game-eu-1"], await NamesAsync("status=ACTIVE"));
        Assert.Equal(["game-us-1"], await NamesAsync("status=BUILD"));
        Assert.Equal(["game-us-1"], await NamesAsync("flavor=3"));
        Assert.Equal(["game-eu-1", "game-us-1"], await NamesAsync($"image={TestCloud.UbuntuImageUuid}"));
        Assert.Equal(["game-us-1"], await NamesAsync($"changes-since={since}"));
    }

    [Fact]
    public async Task Metadata_Crud()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        var id = await CreateAsync(cloud, token, url, "meta", new JsonObject { ["metadata"] = new JsonObject { ["a"] = "1" } });
        var meta = $"{url}/servers/{id}/metadata";

        using var merged = await cloud.SendAsync(HttpMethod.Post, meta, token, TestCloud.Json(JsonNode.Parse("""{"metadata":{"b":"2"}}""")!));
        using var item = await cloud.SendAsync(HttpMethod.Put, meta + "/c", token, TestCloud.Json(JsonNode.Parse("""{"meta":{"c":"3"}}""")!));
        using var getItem = await cloud.SendAsync(HttpMethod.Get, meta + "/b", token);
        using var deleted = await cloud.SendAsync(HttpMethod.Delete, meta + "/a", token);
        using var all = await cloud.SendAsync(HttpMethod.Get, meta, token);
        using var replaced = await cloud.SendAsync(HttpMethod.Put, meta, token, TestCloud.Json(JsonNode.Parse("""{"metadata":{"z":"26"}}""")!));
        using var missing = await cloud.SendAsync(HttpMethod.Get, meta + "/a", token);
        using var mismatch = await cloud.SendAsync(HttpMethod.Put, meta + "/x", token, TestCloud.Json(JsonNode.Parse("""{"meta":{"y":"1"}}""")!));

        Assert.Equal(["a", "b"], (await TestCloud.ReadJsonAsync(merged))["metadata"]!.AsObject().Select(p => p.Key));
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
        Assert.Equal("2", (string?)(await TestCloud.ReadJsonAsync(getItem))["meta"]!["b"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["b", "c"], (await TestCloud.ReadJsonAsync(all))["metadata"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["z"], (await TestCloud.ReadJsonAsync(replaced))["metadata"]!.AsObject().Select(p => p.Key));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal("26", cloud.Model.FindServer(id)!.Metadata["z"]);
    }

    [Fact]
    public async Task Metadata_BeyondMaxServerMeta_Is413()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.AbsoluteLimits.MaxServerMeta = 2);
        var (token, url) = await cloud.LoginV2Async();
        var id = await CreateAsync(cloud, token, url, "meta");

        using var over = await cloud.SendAsync(HttpMethod.Put, $"{url}/servers/{id}/metadata", token,
            TestCloud.Json(JsonNode.Parse("""{"metadata":{"a":"1","b":"2","c":"3"}}""")!));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains("maxServerMeta", (string?)(await TestCloud.ReadJsonAsync(over))["overLimit"]!["message"]);
    }

    [Theory]
    [InlineData("name", "server.name")]
    [InlineData("imageRef", "server.imageRef")]
    [InlineData("flavorRef", "server.flavorRef")]
    public async Task CreateServer_MissingField_Is400NamingIt(string field, string expected)
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        var body = V2ServerTests.CreateBody("x");
        body["server"]!.AsObject().Remove(field);

        using var response = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fault = (await TestCloud.ReadJsonAsync(response))["badRequest"]!;
        Assert.Equal(400, (int)fault["code"]!);
        Assert.Contains(expected, (string?)fault["message"]);
    }

    [Fact]
    public async Task CreateServer_UnknownFlavorAndBadPersonality_Are400NamingTheField()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();

        using var flavor = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Json(V2ServerTests.CreateBody("x", new JsonObject { ["flavorRef"] = "huge" })));
        using var personality = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Json(V2ServerTests.CreateBody("x", new JsonObject
            {
                ["personality"] = new JsonArray(new JsonObject { ["path"] = "/a", ["contents"] = "%%%" }),
            })));

        Assert.Contains("flavorRef", (string?)(await TestCloud.ReadJsonAsync(flavor))["badRequest"]!["message"]);
        Assert.Contains("personality[0].contents", (string?)(await TestCloud.ReadJsonAsync(personality))["badRequest"]!["message"]);
    }

    [Fact]
    public async Task CreateServer_BadUserDataOrDiskConfig_Is400NamingTheField()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();

        using var userData = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Json(V2ServerTests.CreateBody("x", new JsonObject { ["user_data"] = "not base64!" })));
        using var diskConfig = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Json(V2ServerTests.CreateBody("x", new JsonObject { ["OS-DCF:diskConfig"] = "SOMETIMES" })));
        using var malformed = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("server.user_data", (string?)(await TestCloud.ReadJsonAsync(userData))["badRequest"]!["message"]);
        Assert.Contains("server.OS-DCF:diskConfig", (string?)(await TestCloud.ReadJsonAsync(diskConfig))["badRequest"]!["message"]);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task UpdateServer_RenamesAndReturnsTheServer()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        var id = await CreateAsync(cloud, token, url, "old");

        using var response = await cloud.SendAsync(HttpMethod.Put, $"{url}/servers/{id}", token,
            TestCloud.Json(JsonNode.Parse("""{"server":{"name":"new"}}""")!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("new", (string?)(await TestCloud.ReadJsonAsync(response))["server"]!["name"]);
        Assert.Equal("new", cloud.Model.FindServer(id)!.Name);
    }

    [Fact]
    public async Task FlavorsImagesAddresses_HaveTheNovaShapes()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        var id = await CreateAsync(cloud, token, url, "shapes");

        using var flavors = await cloud.SendAsync(HttpMethod.Get, url + "/flavors/detail", token);
        using var flavor = await cloud.SendAsync(HttpMethod.Get, url + "/flavors/performance1-1", token);
        using var images = await cloud.SendAsync(HttpMethod.Get, url + "/images/detail", token);
        using var image = await cloud.SendAsync(HttpMethod.Get, $"{url}/images/{TestCloud.UbuntuImageUuid}", token);
        using var ips = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}/ips", token);
        using var publicIps = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}/ips/public", token);
        using var deletePublic = await cloud.SendAsync(HttpMethod.Delete, $"{url}/images/{TestCloud.UbuntuImageUuid}", token);

        Assert.Equal(10, (await TestCloud.ReadJsonAsync(flavors))["flavors"]!.AsArray().Count);
        var one = (await TestCloud.ReadJsonAsync(flavor))["flavor"]!;
        Assert.Equal(1024, (int)one["ram"]!);
        Assert.Equal(1, (int)one["vcpus"]!);
        Assert.Equal("ACTIVE", (string?)(await TestCloud.ReadJsonAsync(images))["images"]![0]!["status"]);
        Assert.Equal("Ubuntu 10.04 LTS (lucid)", (string?)(await TestCloud.ReadJsonAsync(image))["image"]!["name"]);
        var addresses = (await TestCloud.ReadJsonAsync(ips))["addresses"]!;
        Assert.Equal([4, 6], addresses["public"]!.AsArray().Select(a => (int)a!["version"]!));
        Assert.Equal(4, (int)addresses["private"]![0]!["version"]!);
        Assert.Equal(2, (await TestCloud.ReadJsonAsync(publicIps))["public"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Forbidden, deletePublic.StatusCode);
    }

    [Fact]
    public async Task Server_InAnotherRegionOrTenant_IsNotFound()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        var (_, ordUrl) = await cloud.LoginV2Async("ORD");
        var id = await CreateAsync(cloud, token, url, "dfw-only");

        using var otherRegion = await cloud.SendAsync(HttpMethod.Get, $"{ordUrl}/servers/{id}", token);
        using var otherTenant = await cloud.SendAsync(HttpMethod.Get, url.Replace("100000", "999999") + $"/servers/{id}", token);
        using var noToken = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token: null);

        Assert.Equal(HttpStatusCode.NotFound, otherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.NotNull(noToken.Headers.WwwAuthenticate.SingleOrDefault());
    }

    [Fact]
    public async Task Versions_CatalogVersionListAndVersionInfo_AreServed()
    {
        await using var cloud = await TestCloud.StartAsync();

        using var list = await cloud.Http.GetAsync("dfw/");
        using var info = await cloud.Http.GetAsync("dfw/v2/");
        using var unknown = await cloud.Http.GetAsync("mars/v2/");

        Assert.Equal("v2", (string?)(await TestCloud.ReadJsonAsync(list))["versions"]![0]!["id"]);
        Assert.Equal("CURRENT", (string?)(await TestCloud.ReadJsonAsync(info))["version"]!["status"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
