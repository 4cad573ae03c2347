using System.Net;
using System.Text.Json.Nodes;

namespace Autoscaler.RackspaceEmulator.Tests.V2;

public sealed class V2ServerTests
{
    internal static JsonObject CreateBody(string name, JsonObject? extra = null)
    {
        var server = new JsonObject
        {
            ["name"] = name,
            ["imageRef"] = TestCloud.UbuntuImageUuid,
            ["flavorRef"] = "2",
        };
        foreach (var (key, value) in extra ?? [])
        {
            server[key] = value?.DeepClone();
        }

        return new JsonObject { ["server"] = server };
    }

    [Fact]
    public async Task CreateServer_AfterBuildTime_BecomesActiveAndRaisesStatusEvents()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.BuildTime = TimeSpan.FromSeconds(30));
        var (token, url) = await cloud.LoginV2Async();
        var events = new List<ServerStatusChangedEventArgs>();
        cloud.Model.ServerStatusChanged += (_, e) => events.Add(e);

        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(CreateBody("game-1", new JsonObject
        {
            ["metadata"] = new JsonObject { ["fleet"] = "eu" },
            ["personality"] = new JsonArray(new JsonObject { ["path"] = "/etc/agent.token", ["contents"] = "c2VjcmV0" }),
            ["user_data"] = "IyEvYmluL3No",
        })));

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var body = (await TestCloud.ReadJsonAsync(created))["server"]!;
        var id = (string)body["id"]!;
        Assert.False(string.IsNullOrEmpty((string?)body["adminPass"]));
        Assert.Equal($"{url}/servers/{id}", created.Headers.Location!.ToString());

        cloud.Time.Advance(TimeSpan.FromSeconds(15));
        using (var building = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token))
        {
            var server = (await TestCloud.ReadJsonAsync(building))["server"]!;
            Assert.Equal("BUILD", (string?)server["status"]);
            Assert.Equal(50, (int)server["progress"]!);
        }

        cloud.Time.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal(["BUILD", "ACTIVE"], events.Select(e => e.NewStatus));
        var active = events[^1];
        Assert.Equal("BUILD", active.OldStatus);
        Assert.Equal(id, active.ServerId);
        Assert.Equal("game-1", active.Name);
        Assert.Equal("eu", active.Metadata["fleet"]);
        Assert.Equal("/etc/agent.token", Assert.Single(active.Personality).Path);
        Assert.Equal("secret", System.Text.Encoding.UTF8.GetString(active.Personality[0].DecodeContents()));
        Assert.Equal("IyEvYmluL3No", active.UserData);
        using var after = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token);
        var final = (await TestCloud.ReadJsonAsync(after))["server"]!;
        Assert.Equal("ACTIVE", (string?)final["status"]);
        Assert.Equal(100, (int)final["progress"]!);
    }

    [Fact]
    public async Task ListServers_DetailAndSummary_ShowTheTenantsServersInTheRegion()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        var (_, ordUrl) = await cloud.LoginV2Async("ORD");
        (await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(CreateBody("a")))).Dispose();
        (await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(CreateBody("b")))).Dispose();
        (await cloud.SendAsync(HttpMethod.Post, ordUrl + "/servers", token, TestCloud.Json(CreateBody("elsewhere")))).Dispose();

        using var summary = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token);
        using var detail = await cloud.SendAsync(HttpMethod.Get, url + "/servers/detail", token);

        var summaries = (await TestCloud.ReadJsonAsync(summary))["servers"]!.AsArray();
        Assert.Equal(["a", "b"], summaries.Select(s => (string)s!["name"]!));
        Assert.Null(summaries[0]!["status"]);
        var details = (await TestCloud.ReadJsonAsync(detail))["servers"]!.AsArray();
        Assert.All(details, s => Assert.Equal("BUILD", (string?)s!["status"]));
        Assert.Equal("2", (string?)details[0]!["flavor"]!["id"]);
    }

    [Fact]
    public async Task DeleteServer_Returns204AndRaisesDeleted_ThenGetIs404()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(CreateBody("doomed")));
        var id = (string)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        string? lastStatus = null;
        cloud.Model.ServerStatusChanged += (_, e) => lastStatus = $"{e.OldStatus}->{e.NewStatus}";

        using var deleted = await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{id}", token);
        using var missing = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("ACTIVE->DELETED", lastStatus);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(404, (int)(await TestCloud.ReadJsonAsync(missing))["itemNotFound"]!["code"]!);
    }

    [Fact]
    public async Task DeleteServer_WithDeletedVisibleTime_GetShowsDeletedThen404()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.DeletedVisibleTime = TimeSpan.FromSeconds(10));
        var (token, url) = await cloud.LoginV2Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(CreateBody("fading")));
        var id = (string)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;
        (await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{id}", token)).Dispose();

        using var fading = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token);
        using var reboot = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/action", token,
            TestCloud.Json(new JsonObject { ["reboot"] = new JsonObject { ["type"] = "HARD" } }));
        cloud.Time.Advance(TimeSpan.FromSeconds(10));
        using var gone = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token);

        Assert.Equal("DELETED", (string?)(await TestCloud.ReadJsonAsync(fading))["server"]!["status"]);
        Assert.Equal(HttpStatusCode.NotFound, reboot.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
