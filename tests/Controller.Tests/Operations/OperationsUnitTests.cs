using Autoscaler.Controller.Core;
using Autoscaler.Controller.Operations;
using Autoscaler.Controller.Operations.Access;
using Autoscaler.Controller.Operations.Admin;
using Autoscaler.Controller.Operations.Timeline;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Policy;
using Grpc.Core;
using Microsoft.Extensions.Configuration;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>The pure parts of the operations surface: addresses, options, request checks, census and timeline.</summary>
public sealed class OperationsUnitTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://127.0.0.2:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5001", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://10.1.2.3:5000", false)]
    [InlineData("http://controller.example:5000", false)]
    public void IsLoopback_Address_TellsLoopbackFromExposed(string address, bool loopback)
    {
        Assert.Equal(loopback, ListenAddresses.IsLoopback(address));
    }

    [Fact]
    public void Configured_KestrelEndpoints_WinOverUrls()
    {
        var configuration = Configuration(("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:1"), ("urls", "http://0.0.0.0:2"));

        Assert.Equal(["http://127.0.0.1:1"], ListenAddresses.Configured(configuration));
    }

    [Fact]
    public void Configured_HttpPortsOnly_CountsAsAnyAddress()
    {
        var configuration = Configuration(("http_ports", "8080"));

        Assert.NotEmpty(ListenAddresses.Exposed(ListenAddresses.Configured(configuration)));
    }

    [Fact]
    public void Validate_ExposedWithoutToken_FailsNamingTheKey()
    {
        var validator = new OperationsOptionsValidator(Configuration(("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5000")));

        var result = validator.Validate(null, new OperationsOptions());

        Assert.True(result.Failed);
        Assert.Contains("Operations:AdminToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExposedWithToken_Succeeds()
    {
        var validator = new OperationsOptionsValidator(Configuration(("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5000")));

        var result = validator.Validate(null, new OperationsOptions { AdminToken = "a-long-enough-token-123" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ShortTokenAndBadTimeline_ReportsEveryProblemWithoutTheToken()
    {
        var validator = new OperationsOptionsValidator(Configuration(("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5000")));

        var result = validator.Validate(null, new OperationsOptions
        {
            AdminToken = "short-secret",
            TimelineInterval = TimeSpan.Zero,
            TimelineLength = TimeSpan.FromDays(2),
        });

        Assert.Contains("Operations:AdminToken", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Operations:TimelineInterval", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Operations:TimelineLength", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequireTokenFalseWhileExposed_Fails()
    {
        var validator = new OperationsOptionsValidator(Configuration(("urls", "http://0.0.0.0:5000")));

        var result = validator.Validate(null, new OperationsOptions { AdminToken = "a-long-enough-token-123", RequireAdminToken = false });

        Assert.Contains("Operations:RequireAdminToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    public void Name_Malformed_ThrowsInvalidArgumentNamingTheField(string value)
    {
        var error = Assert.Throws<RpcException>(() => AdminRequests.Name("server_id", value));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("server_id:", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_TooLong_ThrowsInvalidArgument()
    {
        var error = Assert.Throws<RpcException>(() => AdminRequests.Name("fleet", new string('a', AdminRequests.MaxNameLength + 1)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 1)]
    [InlineData(1000, 1000)]
    public void Limit_InRange_ReturnsValueOrDefault(int value, int expected)
    {
        Assert.Equal(expected, AdminRequests.Limit("limit", value, 50, 1000));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void Limit_OutOfRange_ThrowsInvalidArgument(int value)
    {
        Assert.Throws<RpcException>(() => AdminRequests.Limit("limit", value, 50, 1000));
    }

    [Fact]
    public void Count_MixedServers_CountsStatesAndFreeSlotsOnReadyOnly()
    {
        var census = FleetCensus.Count("f", T0,
        [
            View("a", ServerState.Ready, 10, 16),
            View("b", ServerState.Ready, 16, 16),
            View("c", ServerState.Draining, 3, 16),
            View("d", ServerState.Building, 0, 16),
            View("e", ServerState.Deleted, 0, 16),
        ]);

        Assert.Equal(4, census.Servers);
        Assert.Equal(2, census.InState(ServerState.Ready));
        Assert.Equal(29, census.Players);
        Assert.Equal(32, census.ReadyCapacity);
        Assert.Equal(6, census.FreeSlots);
        Assert.Equal(0, census.InState(ServerState.Deleted));
    }

    [Fact]
    public void Add_PastLength_ForgetsOldCensuses()
    {
        var timeline = new FleetTimeline(TimeSpan.FromMinutes(1));
        for (var i = 0; i <= 120; i += 10)
        {
            timeline.Add(FleetCensus.Count("f", T0.AddSeconds(i), []));
        }

        var kept = timeline.Since("f", DateTimeOffset.MinValue);

        Assert.Equal(T0.AddSeconds(60), kept[0].At);
        Assert.Equal(T0.AddSeconds(120), kept[^1].At);
        Assert.Empty(timeline.Since("other", DateTimeOffset.MinValue));
    }

    [Fact]
    public void Fleet_LearntBuffer_ShownInsteadOfThePercentage()
    {
        var census = FleetCensus.Count("f", T0, [View("a", ServerState.Ready, 50, 100), View("b", ServerState.Ready, 0, 100)]);
        var options = PolicyFixture.Options(o => { o.MinFreeSlots = 5; o.FreeSlotsPercent = 20; });
        FleetSummary Summary(double? learnt) => new("f", 0, 10, 100, null, false, false, 2, 2, 50, 200, 0, learnt);

        var configured = AdminProjection.Fleet(Summary(null), options, census);
        var learnt = AdminProjection.Fleet(Summary(12.3), options, census);
        var thin = AdminProjection.Fleet(Summary(0), options, census);

        Assert.Equal(40, configured.Buffer);
        Assert.False(configured.HasLearntBuffer);
        Assert.Equal(13, learnt.Buffer);
        Assert.Equal(13, learnt.LearntBuffer);
        Assert.Equal(5, thin.Buffer);
        Assert.True(learnt.Policy.AdaptiveBuffer);
    }

    [Fact]
    public void State_EveryRegistryState_MapsToTheSameNamedWireState()
    {
        foreach (var state in Enum.GetValues<ServerState>())
        {
            Assert.Equal(state.ToString(), AdminProjection.State(state).ToString());
        }
    }

    private static ServerView View(string id, ServerState state, int players, int capacity) =>
        new(id, state, players, capacity, T0, T0, null, null, 0, null, false);

    private static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
