using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using FsCheck.Xunit;

namespace Autoscaler.Controller.Tests.Policy;

/// <summary>Invariants of the policy over random fleets: whatever the snapshot, these never break.</summary>
[Properties(Arbitrary = [typeof(PolicyCaseArbitraries)], MaxTest = 2000)]
public sealed class CapacityPolicyProperties
{
    [Property]
    public void Decide_AnySnapshot_NeverCreatesAboveMaximum(PolicyCase c)
    {
        var decision = Decide(c);
        var replaced = Ids(decision.Replace);
        var live = c.Snapshot.Servers.Count(s => s.State is not (ServerState.Deleting or ServerState.Deleted) && !replaced.Contains(s.Id));

        Assert.True(decision.Create == 0 || live + decision.Create <= c.Options.MaxServers, $"{c}: {live} live + {decision.Create} > max {c.Options.MaxServers}");
    }

    [Property]
    public void Decide_AnySnapshot_NeverDrainsBelowMinimum(PolicyCase c)
    {
        var decision = Decide(c);
        var replaced = Ids(decision.Replace);
        var floor = Math.Min(Math.Max(c.Options.MinServers, c.Snapshot.ManualFloor ?? 0), c.Options.MaxServers);
        var active = c.Snapshot.Servers.Count(s => s.State is not (ServerState.Draining or ServerState.Deleting or ServerState.Deleted)
            && !(s.State == ServerState.Requested && s.CreateUncertain) && !replaced.Contains(s.Id));

        Assert.True(decision.Drain.Count == 0 || decision.Drain.All(d => d.Reason == DecisionReason.AboveMaximum)
            || active + decision.Undrain.Count - decision.Drain.Count >= floor, $"{c}: active {active} - {decision.Drain.Count} drains < floor {floor}");
    }

    [Property]
    public void Decide_AnySnapshot_NeverDeletesServerWithPlayers(PolicyCase c)
    {
        var decision = Decide(c);
        var servers = c.Snapshot.Servers.ToDictionary(s => s.Id);

        Assert.All(decision.Delete, d => Assert.True(servers[d.ServerId].Players == 0 && servers[d.ServerId].State == ServerState.Draining, $"{c}: deletes {d.ServerId}"));
        Assert.All(decision.Drain, d => Assert.Equal(ServerState.Ready, servers[d.ServerId].State));
    }

    [Property]
    public void Decide_AnySnapshot_NeverCreatesWhileDrainingServerCouldBeUndrained(PolicyCase c)
    {
        var decision = Decide(c);
        var unhealthy = Ids(decision.Replace).Concat(Ids(decision.Reboot)).ToHashSet();
        var undrained = Ids(decision.Undrain);
        var undrainable = c.Snapshot.Servers.Where(s => s.State == ServerState.Draining && !s.OperatorDrained && !unhealthy.Contains(s.Id));

        Assert.True(decision.Create == 0 || undrainable.All(s => undrained.Contains(s.Id)), $"{c}: creates {decision.Create} while draining servers wait");
    }

    [Property]
    public void Decide_AnySnapshot_NeverMoreInFlightThanAllowed(PolicyCase c)
    {
        var decision = Decide(c);
        var replaced = Ids(decision.Replace);
        var inFlight = c.Snapshot.Servers.Count(s => s.State is ServerState.Requested or ServerState.Building or ServerState.Booting && !replaced.Contains(s.Id));

        Assert.True(decision.Create <= c.Options.MaxCreatesPerTick, $"{c}: {decision.Create} creates in one tick");
        Assert.True(decision.Create == 0 || inFlight + decision.Create <= c.Options.MaxInFlight, $"{c}: {inFlight} + {decision.Create} in flight");
    }

    [Property]
    public void Decide_AnySnapshot_EachServerGetsAtMostOneAction(PolicyCase c)
    {
        var decision = Decide(c);
        var named = decision.Undrain.Concat(decision.Drain).Concat(decision.Delete).Concat(decision.Reboot).Concat(decision.Replace).Select(a => a.ServerId).ToList();

        Assert.Equal(named.Count, named.Distinct().Count());
        Assert.All(named, id => Assert.Contains(c.Snapshot.Servers, s => s.Id == id));
        Assert.True(!c.Snapshot.Paused || !decision.HasActions, $"{c}: acted while paused");
    }

    [Property]
    public void Decide_SameInput_SameDecision(PolicyCase c)
    {
        var first = Decide(c);
        var second = Decide(c);

        Assert.Equal(first.Create, second.Create);
        Assert.Equal(first.Reason, second.Reason);
        Assert.Equal(first.Drain, second.Drain);
        Assert.Equal(first.Undrain, second.Undrain);
        Assert.Equal(first.Detail, second.Detail);
    }

    private static ScalingDecision Decide(PolicyCase c) => CapacityPolicy.Decide(c.Snapshot, c.Options, PolicyFixture.Now);

    private static HashSet<string> Ids(IEnumerable<ServerAction> actions) => actions.Select(a => a.ServerId).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Registers <see cref="PolicyCase"/>'s generator with FsCheck.</summary>
public static class PolicyCaseArbitraries
{
    public static FsCheck.Arbitrary<PolicyCase> Cases() => PolicyCase.Arbitrary();
}
