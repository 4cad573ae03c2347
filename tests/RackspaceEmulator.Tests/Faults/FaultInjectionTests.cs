using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Autoscaler.RackspaceEmulator.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Theory]
    [InlineData(500, "cloudServersFault")]
    [InlineData(503, "serviceUnavailable")]
    public async Task ErrorRate_One_FailsTheOperationWithTheConfiguredFault(int status, string fault)
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings
        {
            Operations = new Dictionary<string, OperationFault> { ["CreateServer"] = new() { ErrorRate = 1, StatusCode = status } },
        });
        var (token, url) = await cloud.LoginV2Async();

        using var failed = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("x")));
        using var list = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token);

        Assert.Equal((HttpStatusCode)status, failed.StatusCode);
        Assert.Equal(status, (int)(await TestCloud.ReadJsonAsync(failed))[fault]!["code"]!);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Empty(cloud.Model.GetServers());
    }

    [Fact]
    public async Task ErrorRate_Half_WithSeed_FailsSomeRequestsTheSameWayEveryRun()
    {
        async Task<string> PatternAsync()
        {
            await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings
            {
                Operations = new Dictionary<string, OperationFault> { ["*"] = new() { ErrorRate = 0.5, StatusCode = 503 } },
            });
            var (token, url) = await cloud.LoginV2WithRetriesAsync();
            var pattern = new StringBuilder();
            for (var i = 0; i < 30; i++)
            {
                using var response = await cloud.SendAsync(HttpMethod.Get, url + "/flavors", token);
                pattern.Append(response.StatusCode == HttpStatusCode.OK ? '.' : 'x');
            }

            return pattern.ToString();
        }

        var first = await PatternAsync();
        var second = await PatternAsync();

        Assert.Equal(first, second);
        Assert.Contains('.', first);
        Assert.Contains('x', first);
    }

    [Fact]
    public async Task BuildFailureRate_One_EndsBuildsInError()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings { BuildFailureRate = 1 });
        var (token, url) = await cloud.LoginV2Async();
        var events = new List<string>();
        cloud.Model.ServerStatusChanged += (_, e) => events.Add(e.NewStatus);

        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("bad")));
        var id = (string)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        using var get = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token);

        Assert.Equal(["BUILD", "ERROR"], events);
        Assert.Equal("ERROR", (string?)(await TestCloud.ReadJsonAsync(get))["server"]!["status"]);
    }

    [Fact]
    public async Task CapacityUnavailableRate_One_RefusesCreatesWith503ServerCapacityUnavailable()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings { CapacityUnavailableRate = 1 });
        var (token, url) = await cloud.LoginV1Async();

        using var response = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Xml("<server xmlns=\"http://docs.rackspacecloud.com/servers/api/v1.0\" name=\"n\" imageId=\"49\" flavorId=\"1\"/>"),
            "application/xml");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("serverCapacityUnavailable", System.Xml.Linq.XElement.Parse(await response.Content.ReadAsStringAsync()).Name.LocalName);
        Assert.Empty(cloud.Model.GetServers());
    }

    [Fact]
    public async Task BuildHangRate_One_BuildsNeverFinish()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings { BuildHangRate = 1 });
        var (token, url) = await cloud.LoginV2Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("stuck")));
        var id = (string)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;

        cloud.Time.Advance(TimeSpan.FromHours(6));

        Assert.Equal("BUILD", cloud.Model.FindServer(id)!.Status);
        Assert.InRange(cloud.Model.FindServer(id)!.Progress, 1, 99);
    }

    [Fact]
    public async Task RevokeAllTokens_ExistingTokensGet401_NewLoginWorks()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();

        using var revoke = await cloud.Http.PostAsync("__emulator/faults/revoke-tokens", null);
        using var rejected = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token);
        var (fresh, _) = await cloud.LoginV2Async();
        using var accepted = await cloud.SendAsync(HttpMethod.Get, url + "/servers", fresh);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task TokenRevocation_ScheduledAtStartUp_KillsOlderTokensWhenItsTimeComes()
    {
        var at = new DateTimeOffset(2026, 1, 5, 12, 30, 0, TimeSpan.Zero);
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings { TokenRevocations = [at] });
        var (old, url) = await cloud.LoginV2Async();

        using var before = await cloud.SendAsync(HttpMethod.Get, url + "/servers", old);
        cloud.Time.Advance(TimeSpan.FromMinutes(30));
        using var after = await cloud.SendAsync(HttpMethod.Get, url + "/servers", old);
        var (fresh, _) = await cloud.LoginV2Async();
        using var renewed = await cloud.SendAsync(HttpMethod.Get, url + "/servers", fresh);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Fact]
    public async Task OutageWindow_EveryRequestIs503_UntilTheWindowEnds()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();

        using var start = await cloud.Http.PostAsync("__emulator/faults/outage?seconds=120", null);
        using var api = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token);
        using var identity = await cloud.Http.PostAsync(cloud.Cloud.IdentityV2Endpoint + "tokens", TestCloud.Json(new JsonObject()));
        cloud.Time.Advance(TimeSpan.FromSeconds(120));
        using var after = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token);

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(503, (int)(await TestCloud.ReadJsonAsync(api))["serviceUnavailable"]!["code"]!);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, identity.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Latency_DelaysTheAnswerOnTheEmulatorsClock()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        cloud.Model.Faults = new FaultSettings { Latency = TimeSpan.FromSeconds(2) };
        var started = cloud.Time.GetUtcNow();

        var pending = cloud.SendAsync(HttpMethod.Get, url + "/servers", token);
        while (!pending.IsCompleted)
        {
            // Poll: move the fake clock in small steps until the delayed answer arrives.
            cloud.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(cloud.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task CachedResponseRate_One_AnswersV1Reads203()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings { CachedResponseRate = 1 });
        var (token, url) = await cloud.LoginV1Async();

        using var response = await cloud.SendAsync(HttpMethod.Get, url + "/flavors", token);

        Assert.Equal(HttpStatusCode.NonAuthoritativeInformation, response.StatusCode);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.NotEmpty((await TestCloud.ReadJsonAsync(response))["flavors"]!.AsArray());
    }

    [Fact]
    public async Task AdminFaults_PutValidSettings_TakesEffectAndGetReturnsThem()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();

        using var put = await cloud.Http.PutAsync("__emulator/faults", TestCloud.Json(JsonNode.Parse(
            """{"operations":{"ListServers":{"errorRate":1,"statusCode":500}},"buildFailureRate":0.25}""")!));
        using var failing = await cloud.SendAsync(HttpMethod.Get, url + "/servers", token);
        using var get = await cloud.Http.GetAsync("__emulator/faults");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failing.StatusCode);
        Assert.Equal(0.25, (double)(await TestCloud.ReadJsonAsync(get))["buildFailureRate"]!);
        Assert.Equal(0.25, cloud.Model.Faults.BuildFailureRate);
    }

    [Fact]
    public async Task AdminFaults_PutInvalidSettings_Is400NamingEveryProblem()
    {
        await using var cloud = await TestCloud.StartAsync();

        using var put = await cloud.Http.PutAsync("__emulator/faults", TestCloud.Json(JsonNode.Parse(
            """{"operations":{"ListServers":{"errorRate":2,"statusCode":404}},"buildHangRate":-1}""")!));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var text = await put.Content.ReadAsStringAsync();
        Assert.Contains("Faults:Operations:ListServers:ErrorRate", text);
        Assert.Contains("Faults:Operations:ListServers:StatusCode", text);
        Assert.Contains("Faults:BuildHangRate", text);
        Assert.Equal(new FaultSettings().BuildHangRate, cloud.Model.Faults.BuildHangRate);
    }

    [Theory]
    [InlineData("""{"operations":null}""")]
    [InlineData("""{"latency":"soon"}""")]
    [InlineData("[1,2]")]
    public async Task AdminFaults_PutMalformedSettings_Is400AndKeepsTheCurrentOnes(string body)
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings { BuildFailureRate = 0.5 });

        using var put = await cloud.Http.PutAsync("__emulator/faults", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(0.5, cloud.Model.Faults.BuildFailureRate);
    }
}
