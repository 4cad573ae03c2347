extern alias controller;
extern alias sidecar;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Autoscaler.Agent.Tests.Fakes;
using Autoscaler.Protocol.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using FakeCommands = controller::Autoscaler.Controller.Registry.AgentCommand;
using ReportedState = controller::Autoscaler.Controller.Registry.AgentReportedState;
using SidecarApp = sidecar::Autoscaler.AgentSidecar.SidecarApp;

namespace Autoscaler.Agent.Tests.Sidecar;

/// <summary>The sidecar as a game server written in another language uses it: raw JSON over plain HTTP on loopback.</summary>
public sealed class SidecarHttpTests : IAsyncLifetime
{
    private const string ServerId = "unreal-1";
    private readonly FakeAgentGateway _gateway = new FakeAgentGateway().AddServer(ServerId, "arena", "tok-u");
    private readonly HttpClient _http = new();
    private TestController _controller = null!;
    private WebApplication _sidecar = null!;

    public async Task InitializeAsync()
    {
        _controller = await TestController.StartAsync(_gateway, settings: new() { ["AgentProtocol:ReportInterval"] = "00:00:00.020" });
        _sidecar = SidecarApp.Build(
        [
            "--Sidecar:Url=http://127.0.0.1:0",
            $"--Agent:ControllerAddress={_controller.Address}",
            $"--Agent:ServerId={ServerId}",
            "--Agent:Fleet=arena",
            "--Agent:Token=tok-u",
            "--Agent:Capacity=10",
        ], builder =>
        {
            builder.Logging.ClearProviders();

            // The controller's appsettings.json is copied beside the tests; its Kestrel endpoints are not the sidecar's.
            foreach (var file in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
            {
                builder.Configuration.Sources.Remove(file);
            }
        });
        await _sidecar.StartAsync();
        var address = _sidecar.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _http.BaseAddress = new Uri(address);
        await _gateway.WaitUntilAsync(() => _gateway.Session(ServerId) is not null);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sidecar.StopAsync();
        await _sidecar.DisposeAsync();
        await _controller.DisposeAsync();
    }

    [Fact]
    public async Task PutLoad_RawJson_ReachesTheController()
    {
        var response = await PutJsonAsync("/v1/load", """{"players": 3, "capacity": 8, "ready": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("ready", 3, 8), ((string?)status["state"], (int?)status["players"], (int?)status["capacity"]));
        await _gateway.WaitUntilAsync(() => _gateway.LatestLoad(ServerId) is { Players: 3, Capacity: 8, State: ReportedState.Ready });
    }

    [Fact]
    public async Task PostPlayersJoinedAndLeft_CountsPlayers()
    {
        await _http.PostAsync("/v1/players/joined", null);
        await _http.PostAsync("/v1/players/joined", null);
        var response = await _http.PostAsync("/v1/players/left", null);

        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int?)status["players"]);
        await _gateway.WaitUntilAsync(() => _gateway.LatestLoad(ServerId) is { Players: 1 });
    }

    [Theory]
    [InlineData("""{"players": -1}""", "players")]
    [InlineData("""{"players": 11}""", "players")]
    [InlineData("""{"players": 5, "capacity": 4}""", "players")]
    [InlineData("""{"capacity": 0}""", "capacity")]
    [InlineData("""{"capacity": 100001}""", "capacity")]
    [InlineData("""{"ready": false}""", "ready")]
    [InlineData("""{"players": "many"}""", "body")]
    [InlineData("""{"players": 1.5}""", "body")]
    [InlineData("""{"player": 1}""", "body")]
    [InlineData("""{}""", "body")]
    [InlineData("""not json""", "body")]
    public async Task PutLoad_InvalidInput_BadRequestNamingTheField(string json, string field)
    {
        var response = await PutJsonAsync("/v1/load", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field]);
        var status = JsonNode.Parse(await _http.GetStringAsync("/v1/status"))!;
        Assert.Equal((0, 10), ((int?)status["players"], (int?)status["capacity"]));
    }

    [Fact]
    public async Task GetCommands_LongPoll_ReturnsDrainWhenTheControllerSendsIt()
    {
        var poll = _http.GetStringAsync("/v1/commands?after=0&waitSeconds=20");

        _gateway.Session(ServerId)!.Send(new FakeCommands.Drain("scale down"));
        var body = JsonNode.Parse(await poll)!;

        var command = body["commands"]![0]!;
        Assert.Equal(("drain", "scale down", 1L), ((string?)command["kind"], (string?)command["reason"], (long?)command["id"]));
        var status = JsonNode.Parse(await _http.GetStringAsync("/v1/status"))!;
        Assert.Equal((true, "draining"), ((bool?)status["draining"], (string?)status["state"]));
    }

    [Fact]
    public async Task GetCommands_AfterLastId_WaitsThenAnswersEmpty()
    {
        _gateway.Session(ServerId)!.Send(new FakeCommands.Shutdown(TimeSpan.FromSeconds(30), "replaced"));
        var first = JsonNode.Parse(await _http.GetStringAsync("/v1/commands?after=0&waitSeconds=20"))!;

        var next = JsonNode.Parse(await _http.GetStringAsync("/v1/commands?after=1&waitSeconds=0"))!;

        Assert.Equal(("shutdown", 30_000L), ((string?)first["commands"]![0]!["kind"], (long?)first["commands"]![0]!["graceMs"]));
        Assert.Empty(next["commands"]!.AsArray());
        Assert.Equal(1, (long?)next["lastId"]);
    }

    [Theory]
    [InlineData("/v1/commands?after=-1", "after")]
    [InlineData("/v1/commands?waitSeconds=abc", "waitSeconds")]
    [InlineData("/v1/commands?waitSeconds=61", "waitSeconds")]
    public async Task GetCommands_InvalidQuery_BadRequestNamingTheParameter(string url, string field)
    {
        var response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    [Fact]
    public async Task PutRow_RawBytes_PostedUnderTheServersName()
    {
        var content = new ByteArrayContent("de_dust"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await _http.PutAsync("/v1/rows?primary=map&secondary=0", content);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var channel = GrpcChannel.ForAddress(_controller.Address);
        var client = new Cloud.CloudClient(channel);
        GetResponse rows = new();
        await _gateway.WaitUntilAsync(() => (rows = client.Get(new GetRequest { Keys = { new CloudKey { Primary = "map" } } })).Rows.Count == 1);
        Assert.Equal((ServerId, "de_dust"), (rows.Rows[0].ServerId, rows.Rows[0].Value.ToStringUtf8()));
    }

    [Theory]
    [InlineData("/v1/rows?secondary=0", "primary")]
    [InlineData("/v1/rows?primary=autoscaler.load", "primary")]
    [InlineData("/v1/rows?primary=map&secondary=-4", "secondary")]
    public async Task PutRow_InvalidKey_BadRequestNamingTheParameter(string url, string field)
    {
        var response = await _http.PutAsync(url, new ByteArrayContent([1]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    [Fact]
    public void Build_NonLoopbackUrl_Refused()
    {
        var error = Assert.ThrowsAny<Exception>(() => SidecarApp.Build(["--Sidecar:Url=http://0.0.0.0:7070"]));

        Assert.Contains("Sidecar:Url", error.Message, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PutJsonAsync(string path, string json) =>
        _http.PutAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
