using System.Net;
using System.Text.Json.Nodes;

namespace Autoscaler.RackspaceEmulator.Tests.Model;

/// <summary>Each timed state machine, driven by the fake clock over real HTTP.</summary>
public sealed class StateMachineTests
{
    private static async Task<(TestCloud Cloud, string Token, string Url, string Id, List<string> Events)> ActiveServerAsync(Action<EmulatorOptions>? configure = null)
    {
        var cloud = await TestCloud.StartAsync(configure);
        var (token, url) = await cloud.LoginV2Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("sm")));
        var id = (string)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;
        cloud.Time.Advance(cloud.Model.Options.BuildTime);
        var events = new List<string>();
        cloud.Model.ServerStatusChanged += (_, e) => events.Add($"{e.OldStatus}->{e.NewStatus}");
        return (cloud, token, url, id, events);
    }

    private static async Task<HttpStatusCode> ActAsync(TestCloud cloud, string token, string url, string id, JsonObject action)
    {
        using var response = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/action", token, TestCloud.Json(action));
        return response.StatusCode;
    }

    private static async Task<string> StatusAsync(TestCloud cloud, string token, string url, string id)
    {
        using var response = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token);
        return (string)(await TestCloud.ReadJsonAsync(response))["server"]!["status"]!;
    }

    [Theory]
    [InlineData("SOFT", "REBOOT", 3)]
    [InlineData("HARD", "HARD_REBOOT", 5)]
    public async Task Reboot_AfterRebootTime_ReturnsToActive(string type, string status, int seconds)
    {
        var (cloud, token, url, id, events) = await ActiveServerAsync();
        await using var _ = cloud;

        var code = await ActAsync(cloud, token, url, id, new JsonObject { ["reboot"] = new JsonObject { ["type"] = type } });
        Assert.Equal(HttpStatusCode.Accepted, code);
        Assert.Equal(status, await StatusAsync(cloud, token, url, id));
        cloud.Time.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(status, await StatusAsync(cloud, token, url, id));
        cloud.Time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal([$"ACTIVE->{status}", $"{status}->ACTIVE"], events);
        Assert.Equal("ACTIVE", await StatusAsync(cloud, token, url, id));
    }

    [Fact]
    public async Task Rebuild_ReplacesImageAndPersonality_ThenActive()
    {
        var (cloud, token, url, id, events) = await ActiveServerAsync();
        await using var _ = cloud;
        ServerStatusChangedEventArgs? rebuilt = null;
        cloud.Model.ServerStatusChanged += (_, e) => rebuilt = e.NewStatus == "ACTIVE" ? e : rebuilt;

        using var response = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/action", token, TestCloud.Json(new JsonObject
        {
            ["rebuild"] = new JsonObject
            {
                ["imageRef"] = "0f8d9a6e-52a3-4a0b-9a6b-5f3c2b1d0e51",
                ["personality"] = new JsonArray(new JsonObject { ["path"] = "/etc/v2", ["contents"] = "djI=" }),
            },
        }));
        var body = (await TestCloud.ReadJsonAsync(response))["server"]!;
        cloud.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("REBUILD", (string?)body["status"]);
        Assert.False(string.IsNullOrEmpty((string?)body["adminPass"]));
        Assert.Equal(["ACTIVE->REBUILD", "REBUILD->ACTIVE"], events);
        Assert.Equal(51, rebuilt!.Server.ImageLegacyId);
        Assert.Equal("/etc/v2", Assert.Single(rebuilt.Personality).Path);
    }

    [Fact]
    public async Task ChangePassword_GoesThroughPassword_ThenActive()
    {
        var (cloud, token, url, id, events) = await ActiveServerAsync();
        await using var _ = cloud;

        var code = await ActAsync(cloud, token, url, id, new JsonObject { ["changePassword"] = new JsonObject { ["adminPass"] = "n3w-pass" } });
        cloud.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Accepted, code);
        Assert.Equal(["ACTIVE->PASSWORD", "PASSWORD->ACTIVE"], events);
    }

    [Fact]
    public async Task Resize_OneAdvance_WalksTheWholeChainToVerifyResize_ThenConfirmKeepsNewFlavor()
    {
        var (cloud, token, url, id, events) = await ActiveServerAsync();
        await using var _ = cloud;

        Assert.Equal(HttpStatusCode.Accepted, await ActAsync(cloud, token, url, id, new JsonObject { ["resize"] = new JsonObject { ["flavorRef"] = "3" } }));
        cloud.Time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(["ACTIVE->QUEUE_RESIZE", "QUEUE_RESIZE->PREP_RESIZE", "PREP_RESIZE->RESIZE", "RESIZE->VERIFY_RESIZE"], events);
        Assert.Equal("VERIFY_RESIZE", await StatusAsync(cloud, token, url, id));
        Assert.Equal(HttpStatusCode.NoContent, await ActAsync(cloud, token, url, id, new JsonObject { ["confirmResize"] = null }));
        Assert.Equal("3", cloud.Model.FindServer(id)!.FlavorId);
        Assert.Equal("ACTIVE", cloud.Model.FindServer(id)!.Status);
    }

    [Fact]
    public async Task RevertResize_RestoresTheOldFlavor()
    {
        var (cloud, token, url, id, events) = await ActiveServerAsync();
        await using var _ = cloud;
        await ActAsync(cloud, token, url, id, new JsonObject { ["resize"] = new JsonObject { ["flavorRef"] = "4" } });
        cloud.Time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(HttpStatusCode.Accepted, await ActAsync(cloud, token, url, id, new JsonObject { ["revertResize"] = null }));
        Assert.Equal("REVERT_RESIZE", await StatusAsync(cloud, token, url, id));
        cloud.Time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("RESIZE->VERIFY_RESIZE", events[3]);
        Assert.Equal(["VERIFY_RESIZE->REVERT_RESIZE", "REVERT_RESIZE->ACTIVE"], events.Skip(4));
        Assert.Equal("2", cloud.Model.FindServer(id)!.FlavorId);
    }

    [Fact]
    public async Task VerifyResize_Unconfirmed_IsConfirmedAutomaticallyAfterADay()
    {
        var (cloud, token, url, id, events) = await ActiveServerAsync();
        await using var _ = cloud;
        await ActAsync(cloud, token, url, id, new JsonObject { ["resize"] = new JsonObject { ["flavorRef"] = "3" } });
        cloud.Time.Advance(TimeSpan.FromSeconds(6));

        cloud.Time.Advance(TimeSpan.FromHours(24));

        Assert.Equal("VERIFY_RESIZE->ACTIVE", events[^1]);
        Assert.Equal("3", cloud.Model.FindServer(id)!.FlavorId);
    }

    [Fact]
    public async Task CreateImage_IsSavingThenActive()
    {
        var (cloud, token, url, id, _) = await ActiveServerAsync();
        await using var __ = cloud;

        using var created = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/action", token,
            TestCloud.Json(new JsonObject { ["createImage"] = new JsonObject { ["name"] = "golden" } }));
        var location = created.Headers.Location!.ToString();
        using var saving = await cloud.SendAsync(HttpMethod.Get, location, token);
        var savingImage = (await TestCloud.ReadJsonAsync(saving))["image"]!;
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        using var active = await cloud.SendAsync(HttpMethod.Get, location, token);

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.Equal("SAVING", (string?)savingImage["status"]);
        Assert.Equal("ACTIVE", (string?)(await TestCloud.ReadJsonAsync(active))["image"]!["status"]);
    }

    [Fact]
    public async Task Reboot_WhileBuilding_Is409ConflictingRequest()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("young")));
        var id = (string)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;

        using var response = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/action", token,
            TestCloud.Json(new JsonObject { ["reboot"] = new JsonObject { ["type"] = "SOFT" } }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("BUILD", (string?)(await TestCloud.ReadJsonAsync(response))["conflictingRequest"]!["message"]);
    }

    [Fact]
    public async Task Delete_WhileRebooting_RaisesDeletedAndStopsTheTimer()
    {
        var (cloud, token, url, id, events) = await ActiveServerAsync();
        await using var _ = cloud;
        await ActAsync(cloud, token, url, id, new JsonObject { ["reboot"] = new JsonObject { ["type"] = "HARD" } });

        using var deleted = await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{id}", token);
        cloud.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(["ACTIVE->HARD_REBOOT", "HARD_REBOOT->DELETED"], events);
        Assert.Equal("DELETED", cloud.Model.GetServers(includeDeleted: true).Single().Status);
        Assert.Empty(cloud.Model.GetServers());
    }
}
