using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using FsCheck.Xunit;

namespace Autoscaler.Controller.Tests.Policy;

/// <summary>
/// The optimised <see cref="CapacityPolicy"/> decides exactly as the pre-optimisation implementation
/// (<see cref="ReferenceCapacityPolicy"/>): same creates, reasons, actions in the same order, headroom and detail.
/// </summary>
[Properties(Arbitrary = [typeof(PolicyCaseArbitraries)], MaxTest = 3000)]
public sealed class CapacityPolicyEquivalenceTests
{
    [Property]
    public void Decide_AnyPolicyCase_SameAsReference(PolicyCase c)
    {
        var expected = ReferenceCapacityPolicy.Decide(c.Snapshot, c.Options, PolicyFixture.Now);

        var actual = CapacityPolicy.Decide(c.Snapshot, c.Options, PolicyFixture.Now);

        AssertSameDecision(expected, actual, c.ToString());
    }

    [Fact]
    public void Decide_ThousandsOfRandomFleets_SameAsReferenceOnEveryPath()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < 4000; seed++)
        {
            var fleet = new EquivalenceFleet(seed);
            var expected = ReferenceCapacityPolicy.Decide(fleet.Snapshot, fleet.Options, PolicyFixture.Now);

            var actual = CapacityPolicy.Decide(fleet.Snapshot, fleet.Options, PolicyFixture.Now);

            AssertSameDecision(expected, actual, fleet.ToString());
            seen.UnionWith(Paths(expected));
        }

        // The comparison proves something only if the fleets reach every rule the optimisation touched.
        string[] paths =
        [
            "create", "undrain", "undrain several", "drain Consolidation", "drain EmptyPastGrace", "drain BillingBoundary",
            "drain AboveMaximum", "drains beyond 2", "delete Drained", "delete BillingBoundary", "reboot", "replace",
            "held ScaleDownCooldown", "held AtMaximum", "held MaxInFlight", "held CreateBackoff", "Paused",
        ];
        Assert.All(paths, path => Assert.Contains(path, seen));
    }

    [Theory]
    [InlineData(1_000, 0.55)]
    [InlineData(10_000, 0.55)]
    [InlineData(10_000, 0.95)]
    [InlineData(10_000, 0.30)]
    public void Decide_LargeFleet_SameAsReference(int servers, double load)
    {
        var (snapshot, options) = LargeFleet(servers, load, seed: servers);
        var expected = ReferenceCapacityPolicy.Decide(snapshot, options, PolicyFixture.Now);

        var actual = CapacityPolicy.Decide(snapshot, options, PolicyFixture.Now);

        AssertSameDecision(expected, actual, $"{servers} servers at load {load}");
        Assert.True(expected.HasActions, "the large fleet should ask for something, or the comparison is weak");
    }

    [Fact]
    public void Decide_LargeFleetAboveMaximum_SameAsReference()
    {
        var (snapshot, options) = LargeFleet(5_000, 0.5, seed: 7);
        options.MaxServers = 4_000;
        var expected = ReferenceCapacityPolicy.Decide(snapshot, options, PolicyFixture.Now);

        var actual = CapacityPolicy.Decide(snapshot, options, PolicyFixture.Now);

        AssertSameDecision(expected, actual, "5000 servers, max 4000");
        Assert.Contains(expected.Drain, d => d.Reason == DecisionReason.AboveMaximum);
    }

    internal static void AssertSameDecision(ScalingDecision expected, ScalingDecision actual, string context)
    {
        Assert.True(expected.Create == actual.Create, $"{context}: create {actual.Create}, reference {expected.Create}");
        Assert.True(expected.CreateReason == actual.CreateReason, $"{context}: create reason {actual.CreateReason}, reference {expected.CreateReason}");
        Assert.True(expected.Reason == actual.Reason, $"{context}: reason {actual.Reason}, reference {expected.Reason}");
        AssertSameActions(expected.Undrain, actual.Undrain, $"{context}: undrain");
        AssertSameActions(expected.Drain, actual.Drain, $"{context}: drain");
        AssertSameActions(expected.Delete, actual.Delete, $"{context}: delete");
        AssertSameActions(expected.Reboot, actual.Reboot, $"{context}: reboot");
        AssertSameActions(expected.Replace, actual.Replace, $"{context}: replace");
        Assert.True(expected.HeadroomPlayers == actual.HeadroomPlayers, $"{context}: headroom {actual.HeadroomPlayers}, reference {expected.HeadroomPlayers}");
        Assert.True(expected.RequiredCapacity == actual.RequiredCapacity, $"{context}: required {actual.RequiredCapacity}, reference {expected.RequiredCapacity}");
        Assert.True(expected.Detail == actual.Detail, $"{context}: detail\n  {actual.Detail}\nreference\n  {expected.Detail}");
        Assert.True(expected.Fleet == actual.Fleet && expected.At == actual.At && expected.DryRun == actual.DryRun, $"{context}: fleet, time or dry-run differ");
    }

    private static void AssertSameActions(IReadOnlyList<ServerAction> expected, IReadOnlyList<ServerAction> actual, string context) =>
        Assert.True(expected.SequenceEqual(actual), $"{context} [{string.Join(", ", actual)}], reference [{string.Join(", ", expected)}]");

    private static IEnumerable<string> Paths(ScalingDecision d)
    {
        if (d.Create > 0)
        {
            yield return "create";
        }

        if (d.Undrain.Count > 0)
        {
            yield return "undrain";
            if (d.Undrain.Count > 1)
            {
                yield return "undrain several";
            }
        }

        foreach (var drain in d.Drain)
        {
            yield return $"drain {drain.Reason}";
        }

        if (d.Drain.Count > 2)
        {
            yield return "drains beyond 2";
        }

        foreach (var delete in d.Delete)
        {
            yield return $"delete {delete.Reason}";
        }

        if (d.Reboot.Count > 0)
        {
            yield return "reboot";
        }

        if (d.Replace.Count > 0)
        {
            yield return "replace";
        }

        yield return d.Reason == DecisionReason.Paused ? "Paused" : $"held {d.CreateReason}";
    }

    /// <summary>A busy fleet like the benchmark's: mostly ready, some on the way, some draining; a share of them empty.</summary>
    private static (FleetSnapshot Snapshot, FleetOptions Options) LargeFleet(int count, double load, int seed)
    {
        var now = PolicyFixture.Now;
        var r = new Random(seed);
        var options = PolicyFixture.Options(o =>
        {
            o.SlotsPerServer = 16;
            o.MaxServers = count * 2;
            o.MinServers = 1;
            o.MinFreeSlots = 64;
            o.FreeSlotsPercent = 10;
            o.LeadTimeProvisioning = true;
            o.MaxCreatesPerTick = 20;
            o.MaxInFlight = 50;
            o.MaxDrainsPerTick = 5;
        });
        var servers = new ServerView[count];
        for (var i = 0; i < count; i++)
        {
            var draw = r.NextDouble();
            var state = draw switch
            {
                < 0.02 => ServerState.Building,
                < 0.04 => ServerState.Booting,
                < 0.10 => ServerState.Draining,
                _ => ServerState.Ready,
            };
            var capacity = r.Next(10) == 0 ? 8 : 16;
            var players = state is ServerState.Ready or ServerState.Draining && r.Next(10) != 0 ? Math.Min(capacity, r.Next(0, (int)(2 * capacity * load) + 1)) : 0;
            var stateSince = now.AddSeconds(-r.Next(30, 3_600));
            servers[i] = new ServerView($"as-game-{r.Next():x8}-{i}", state, players, capacity, now.AddMinutes(-r.Next(5, 600)), stateSince,
                now.AddSeconds(-r.Next(0, 5)), players == 0 ? now.AddSeconds(-r.Next(0, 300)) : null, 0,
                state is ServerState.Building ? "BUILD" : "ACTIVE", false, state == ServerState.Draining && r.Next(5) == 0);
        }

        return (new FleetSnapshot("game", servers, JoinRatePerSecond: 2.5, ObservedBootTime: TimeSpan.FromSeconds(110)), options);
    }
}
