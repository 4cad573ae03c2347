using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>The admin API as REST/JSON (gRPC JSON transcoding) against the controller on its embedded defaults.</summary>
[Collection(OperationsCollection.Name)]
public sealed class AdminRestTests(OperationsHost host)
{
    [Fact]
    public async Task ListFleets_EmbeddedDefaults_ReturnsDemoFleetWithPolicy()
    {
        using var json = await GetJsonAsync("/api/v1/fleets");

        var fleet = Assert.Single(json.RootElement.GetProperty("fleets").EnumerateArray());
        Assert.Equal("demo", fleet.GetProperty("name").GetString());
        Assert.Equal(16, fleet.GetProperty("policy").GetProperty("slotsPerServer").GetInt32());
        Assert.Equal(12, fleet.GetProperty("policy").GetProperty("maxServers").GetInt32());
        Assert.Equal(8, fleet.GetProperty("serversByState").GetArrayLength());
    }

    [Fact]
    public async Task GetFleet_UnknownFleet_Returns404NamingTheFleet()
    {
        using var response = await host.Http.GetAsync("/api/v1/fleets/nosuchfleet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("nosuchfleet", body, StringComparison.Ordinal);
        Assert.Contains("google.rpc.ResourceInfo", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFleet_MalformedName_Returns400NamingTheField()
    {
        using var response = await host.Http.GetAsync("/api/v1/fleets/bad%20name");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var violation = json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations")[0];
        Assert.Equal("fleet", violation.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("/api/v1/fleets/demo/decisions?limit=-1", "limit")]
    [InlineData("/api/v1/fleets/demo/decisions?limit=1001", "limit")]
    [InlineData("/api/v1/fleets/demo/history?minutes=1441", "minutes")]
    public async Task Read_OutOfRangeArgument_Returns400NamingTheField(string path, string field)
    {
        using var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(field, json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task ListServers_AfterStart_ShowsTheMinimumServerWithItsState()
    {
        using var json = await OperationsHost.EventuallyAsync(() => GetJsonAsync("/api/v1/fleets/demo/servers"),
            j => j.RootElement.GetProperty("servers").GetArrayLength() > 0);

        var server = json.RootElement.GetProperty("servers")[0];
        Assert.StartsWith("as-demo-", server.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("SERVER_LIFECYCLE_", server.GetProperty("state").GetString(), StringComparison.Ordinal);
        Assert.Equal(16, server.GetProperty("capacity").GetInt32());
        Assert.EndsWith("s", server.GetProperty("uptime").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListDecisions_AfterStart_ShowsTheFirstCreateWithItsReason()
    {
        using var json = await OperationsHost.EventuallyAsync(() => GetJsonAsync("/api/v1/fleets/demo/decisions?limit=100"),
            j => j.RootElement.GetProperty("decisions").EnumerateArray().Any(d => d.GetProperty("create").GetInt32() > 0));

        var first = json.RootElement.GetProperty("decisions").EnumerateArray().Last();
        Assert.Equal("BelowMinimum", first.GetProperty("reason").GetString());
        Assert.Contains("min 1", first.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLoadHistory_AfterStart_HasSamplesWithServersByState()
    {
        using var json = await OperationsHost.EventuallyAsync(() => GetJsonAsync("/api/v1/fleets/demo/history?minutes=5"),
            j => j.RootElement.GetProperty("samples").EnumerateArray().Any(s => s.GetProperty("servers").GetInt32() > 0));

        var sample = json.RootElement.GetProperty("samples").EnumerateArray().Last(s => s.GetProperty("servers").GetInt32() > 0);
        Assert.True(sample.GetProperty("serversByState").GetArrayLength() > 0);
    }

    [Fact]
    public async Task ListOperations_Demo_ReturnsAList()
    {
        using var json = await GetJsonAsync("/api/v1/fleets/demo/operations");

        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("operations").ValueKind);
    }

    [Fact]
    public async Task SetManualFloor_AboveMaximum_Returns400NamingFloor()
    {
        using var response = await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/floor", new { floor = 13 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\": \"floor\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetManualFloor_ThenClear_ShowsThenRemovesTheFloor()
    {
        using var set = await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/floor", new { floor = 1 });
        using var setJson = JsonDocument.Parse(await set.Content.ReadAsStringAsync());
        using var cleared = await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/floor", new { });
        using var clearedJson = JsonDocument.Parse(await cleared.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(1, setJson.RootElement.GetProperty("manualFloor").GetInt32());
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.False(clearedJson.RootElement.TryGetProperty("manualFloor", out _));
    }

    [Fact]
    public async Task ReportWaitingPlayers_TwoSources_FleetShowsTheirSum()
    {
        try
        {
            using var first = await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/waiting-players", new { source = "rest-test-a", waitingPlayers = 2 });
            using var second = await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/waiting-players", new { source = "rest-test-b", waitingPlayers = 3 });
            using var secondJson = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
            using var fleet = await GetJsonAsync("/api/v1/fleets/demo");

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(5, secondJson.RootElement.GetProperty("waitingPlayers").GetInt32());
            Assert.Equal(5, fleet.RootElement.GetProperty("waitingPlayers").GetInt32());
        }
        finally
        {
            (await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/waiting-players", new { source = "rest-test-a", waitingPlayers = 0 })).Dispose();
            (await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/waiting-players", new { source = "rest-test-b", waitingPlayers = 0 })).Dispose();
        }
    }

    [Theory]
    [InlineData("{\"waitingPlayers\": -1}", "waiting_players")]
    [InlineData("{\"waitingPlayers\": 1000001}", "waiting_players")]
    [InlineData("{\"source\": \"bad source\", \"waitingPlayers\": 1}", "source")]
    public async Task ReportWaitingPlayers_BadField_Returns400NamingIt(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await host.Http.PostAsync("/api/v1/fleets/demo/waiting-players", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"field\": \"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainServer_UnknownServer_Returns404NamingTheServer()
    {
        using var response = await host.Http.PostAsJsonAsync("/api/v1/fleets/demo/servers/as-demo-nosuch/drain", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("as-demo-nosuch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await host.Http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
