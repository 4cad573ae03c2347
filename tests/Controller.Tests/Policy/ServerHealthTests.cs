using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using static Autoscaler.Controller.Tests.Policy.PolicyFixture;

namespace Autoscaler.Controller.Tests.Policy;

public sealed class ServerHealthTests
{
    [Fact]
    public void Decide_ReadyServerSilentPastTimeout_RebootsIt()
    {
        var decision = Decide(Snapshot(Ready("a", 3, silentFor: TimeSpan.FromSeconds(15)), Ready("b", 0)));

        Assert.Equal(["a"], Ids(decision.Reboot));
        Assert.Equal(DecisionReason.HeartbeatLost, decision.Reboot[0].Reason);
        Assert.Equal(DecisionReason.HeartbeatLost, decision.Reason);
    }

    [Fact]
    public void Decide_ReadyServerSilentJustUnderTimeout_LeavesIt()
    {
        var decision = Decide(Snapshot(Ready("a", 3, silentFor: TimeSpan.FromSeconds(14.9)), Ready("b", 0)));

        Assert.Empty(decision.Reboot);
    }

    [Fact]
    public void Decide_SilentServerOutOfReboots_ReplacesIt()
    {
        var silent = Ready("a", 3, silentFor: TimeSpan.FromMinutes(1)) with { RebootCount = 2 };

        var decision = Decide(Snapshot(silent, Ready("b", 0)));

        Assert.Empty(decision.Reboot);
        Assert.Equal(["a"], Ids(decision.Replace));
        Assert.Equal(DecisionReason.RebootsExhausted, decision.Replace[0].Reason);
    }

    [Fact]
    public void Decide_RebootingPastBootTimeout_RebootsAgainWhileAllowed()
    {
        var decision = Decide(Snapshot(InState("a", ServerState.Rebooting, TimeSpan.FromMinutes(5), cloudStatus: "ACTIVE", reboots: 1)));

        Assert.Equal(["a"], Ids(decision.Reboot));
    }

    [Fact]
    public void Decide_RebootingWithinBootTimeout_Waits()
    {
        var decision = Decide(Snapshot(InState("a", ServerState.Rebooting, TimeSpan.FromMinutes(4), cloudStatus: "ACTIVE", reboots: 1)));

        Assert.Empty(decision.Reboot);
        Assert.Empty(decision.Replace);
    }

    [Fact]
    public void Decide_BuildPastTimeout_ReplacesIt()
    {
        var decision = Decide(Snapshot(InState("a", ServerState.Building, TimeSpan.FromMinutes(15))));

        Assert.Equal(["a"], Ids(decision.Replace));
        Assert.Equal(DecisionReason.BuildTimeout, decision.Replace[0].Reason);
    }

    [Fact]
    public void Decide_BuildWithinTimeout_CountsItAsCapacity()
    {
        var decision = Decide(Snapshot(InState("a", ServerState.Building, TimeSpan.FromMinutes(14))));

        Assert.Empty(decision.Replace);
        Assert.Equal(0, decision.Create);
    }

    [Fact]
    public void Decide_BootPastTimeout_ReplacesIt()
    {
        var decision = Decide(Snapshot(InState("a", ServerState.Booting, TimeSpan.FromMinutes(5), cloudStatus: "ACTIVE")));

        Assert.Equal(DecisionReason.BootTimeout, Assert.Single(decision.Replace).Reason);
    }

    [Fact]
    public void Decide_CloudError_ReplacesAndRecreatesCapacity()
    {
        var decision = Decide(Snapshot(InState("a", ServerState.Building, TimeSpan.FromMinutes(1), cloudStatus: "ERROR")));

        Assert.Equal(DecisionReason.CloudError, Assert.Single(decision.Replace).Reason);
        Assert.Equal(1, decision.Create);
    }

    [Fact]
    public void Decide_RequestedServer_NeverJudged()
    {
        var decision = Decide(Snapshot(InState("a", ServerState.Requested, TimeSpan.FromHours(2), cloudStatus: null)));

        Assert.Empty(decision.Replace);
        Assert.Empty(decision.Reboot);
    }

    [Fact]
    public void Decide_SilentDrainingServer_RebootedButNotCountedTowardMinimum()
    {
        var options = Options(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        var silentDraining = Draining("b", 2) with { LastSeenAt = Now - TimeSpan.FromMinutes(1) };

        var decision = Decide(Snapshot(Ready("a", 0), silentDraining), options);

        Assert.Equal(["b"], Ids(decision.Reboot));
        Assert.Empty(decision.Drain);
    }
}
