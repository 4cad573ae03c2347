using Autoscaler.Controller.Policy;
using static Autoscaler.Controller.Tests.Policy.PolicyFixture;

namespace Autoscaler.Controller.Tests.Policy;

public sealed class CapacityPolicyScaleDownTests
{
    [Fact]
    public void Decide_ServerEmptyPastGrace_DrainsIt()
    {
        var decision = Decide(Snapshot(Ready("a", 3), Ready("b", 0, emptyFor: TimeSpan.FromMinutes(1))));

        Assert.Equal(["b"], Ids(decision.Drain));
        Assert.Equal(DecisionReason.EmptyPastGrace, decision.Drain[0].Reason);
        Assert.Empty(decision.Delete);
    }

    [Fact]
    public void Decide_ServerEmptyWithinGrace_KeepsIt()
    {
        var decision = Decide(Snapshot(Ready("a", 3), Ready("b", 0, emptyFor: TimeSpan.FromSeconds(59))));

        Assert.Empty(decision.Drain);
        Assert.Equal(DecisionReason.Steady, decision.Reason);
    }

    [Fact]
    public void Decide_EmptyServerNeededForBuffer_KeepsIt()
    {
        var decision = Decide(Snapshot(Ready("a", 8), Ready("b", 0)));

        Assert.Empty(decision.Drain);
    }

    [Fact]
    public void Decide_DrainedServerEmptyPastSettle_DeletesIt()
    {
        var decision = Decide(Snapshot(Ready("a", 3), Draining("b", 0, emptyFor: TimeSpan.FromSeconds(10), drainingFor: TimeSpan.FromSeconds(10))));

        Assert.Equal(["b"], Ids(decision.Delete));
        Assert.Equal(DecisionReason.Drained, decision.Delete[0].Reason);
    }

    [Fact]
    public void Decide_DrainedServerEmptyWithinSettle_KeepsIt()
    {
        var decision = Decide(Snapshot(Ready("a", 3), Draining("b", 0, emptyFor: TimeSpan.FromSeconds(9), drainingFor: TimeSpan.FromMinutes(1))));

        Assert.Empty(decision.Delete);
    }

    [Fact]
    public void Decide_DrainingServerWithPlayers_NeverDeleted()
    {
        var decision = Decide(Snapshot(Ready("a", 3), Draining("b", 1, drainingFor: TimeSpan.FromHours(3))));

        Assert.Empty(decision.Delete);
        Assert.Empty(decision.Replace);
    }

    [Fact]
    public void Decide_ManyEmptyServers_NeverDrainsBelowMinimum()
    {
        var options = Options(o => { o.MinServers = 2; o.MinFreeSlots = 0; o.MaxDrainsPerTick = 5; });

        var decision = Decide(Snapshot(Ready("a", 0), Ready("b", 0), Ready("c", 0)), options);

        Assert.Single(decision.Drain);
    }

    [Fact]
    public void Decide_ManyEmptyServers_DrainsAtMostPerTickLimit()
    {
        var options = Options(o => { o.MinFreeSlots = 0; o.MaxDrainsPerTick = 2; });

        var decision = Decide(Snapshot(Ready("a", 0), Ready("b", 0), Ready("c", 0), Ready("d", 0)), options);

        Assert.Equal(2, decision.Drain.Count);
    }

    [Fact]
    public void Decide_EmptyServers_LongestEmptyDrainedFirst()
    {
        var options = Options(o => { o.MinFreeSlots = 0; o.MaxDrainsPerTick = 1; o.MinServers = 1; });

        var decision = Decide(Snapshot(Ready("a", 0, emptyFor: TimeSpan.FromMinutes(2)), Ready("b", 0, emptyFor: TimeSpan.FromMinutes(9))), options);

        Assert.Equal(["b"], Ids(decision.Drain));
    }

    [Fact]
    public void Decide_RequirementWithinTheWindowStillNeedsTheServer_NothingDrained()
    {
        // 3 players + the floor of 5 need 8 slots now; a decision within the window required 11: both servers stay.
        var snapshot = Snapshot(Ready("a", 3), Ready("b", 0)) with { RecentPeakRequired = 11 };

        var decision = Decide(snapshot);

        Assert.Empty(decision.Drain);
    }

    [Fact]
    public void Decide_WholeWindowBelowCapacityLessOneServer_Drains()
    {
        var snapshot = Snapshot(Ready("a", 3), Ready("b", 0)) with { RecentPeakRequired = 10 };

        var decision = Decide(snapshot);

        Assert.Equal(["b"], Ids(decision.Drain));
    }

    [Fact]
    public void Decide_Always_ReportsTheCapacityItRequired()
    {
        var decision = Decide(Snapshot(Ready("a", 3), Ready("b", 0)));

        Assert.Equal(8, decision.RequiredCapacity);
    }

    [Fact]
    public void Decide_WithinScaleDownCooldown_HoldsWithReason()
    {
        var options = Options(o => o.ScaleDownCooldown = TimeSpan.FromMinutes(2));
        var snapshot = Snapshot(Ready("a", 3), Ready("b", 0)) with { LastScaleUpAt = Now - TimeSpan.FromSeconds(119) };

        var decision = Decide(snapshot, options);

        Assert.Empty(decision.Drain);
        Assert.Equal(DecisionReason.ScaleDownCooldown, decision.Reason);
    }

    [Fact]
    public void Decide_ScaleDownCooldownOver_Drains()
    {
        var options = Options(o => o.ScaleDownCooldown = TimeSpan.FromMinutes(2));
        var snapshot = Snapshot(Ready("a", 3), Ready("b", 0)) with { LastScaleDownAt = Now - TimeSpan.FromMinutes(2) };

        Assert.Single(Decide(snapshot, options).Drain);
    }

    [Fact]
    public void Decide_RecentScaleDown_PacesTheNext()
    {
        var options = Options(o => o.ScaleDownCooldown = TimeSpan.FromMinutes(2));
        var snapshot = Snapshot(Ready("a", 3), Ready("b", 0)) with { LastScaleDownAt = Now - TimeSpan.FromSeconds(119) };

        var decision = Decide(snapshot, options);

        Assert.Empty(decision.Drain);
        Assert.Equal(DecisionReason.ScaleDownCooldown, decision.Reason);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(54, false)]
    [InlineData(55, true)]
    [InlineData(59, true)]
    [InlineData(61, false)]
    public void Decide_HourlyBilling_DrainsEmptyServerOnlyNearItsBoundary(int ageMinutes, bool drained)
    {
        var options = Options(o => { o.BillingGranularity = TimeSpan.FromHours(1); o.BillingDeleteWindow = TimeSpan.FromMinutes(5); });

        var decision = Decide(Snapshot(Ready("a", 3), Ready("b", 0, age: TimeSpan.FromMinutes(ageMinutes))), options);

        Assert.Equal(drained, decision.Drain.Count == 1);
        if (drained)
        {
            Assert.Equal(DecisionReason.BillingBoundary, decision.Drain[0].Reason);
        }
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(56, true)]
    public void Decide_HourlyBilling_DeletesDrainedServerOnlyNearItsBoundary(int ageMinutes, bool deleted)
    {
        var options = Options(o => { o.BillingGranularity = TimeSpan.FromHours(1); o.BillingDeleteWindow = TimeSpan.FromMinutes(5); });

        var decision = Decide(Snapshot(Ready("a", 3), Draining("b", 0, age: TimeSpan.FromMinutes(ageMinutes))), options);

        Assert.Equal(deleted, decision.Delete.Count == 1);
    }

    [Fact]
    public void Decide_SurplusWithLightServer_DrainsLeastLoadedForConsolidation()
    {
        var decision = Decide(Snapshot(Ready("a", 2), Ready("b", 3), Ready("c", 9)));

        Assert.Equal(["a"], Ids(decision.Drain));
        Assert.Equal(DecisionReason.Consolidation, decision.Drain[0].Reason);
    }

    [Fact]
    public void Decide_PlayersOnDrainingServer_CountAsDemandSoNoCascade()
    {
        var decision = Decide(Snapshot(Ready("a", 2), Ready("b", 3), Ready("c", 9), Draining("d", 8)));

        Assert.Empty(decision.Drain);
        Assert.Empty(decision.Undrain);
    }

    [Fact]
    public void Decide_NoRoomToConsolidate_KeepsServers()
    {
        var decision = Decide(Snapshot(Ready("a", 6), Ready("b", 5), Ready("c", 9)));

        Assert.Empty(decision.Drain);
    }

    [Fact]
    public void Decide_EmptyServerInGrace_ConsolidationWaitsForIt()
    {
        var decision = Decide(Snapshot(Ready("a", 2), Ready("b", 0, emptyFor: TimeSpan.FromSeconds(5)), Ready("c", 1)));

        Assert.Empty(decision.Drain);
    }

    [Fact]
    public void Decide_MoreServersThanMaximum_DrainsTheExcessLeastLoaded()
    {
        var options = Options(o => { o.MaxServers = 2; o.MinFreeSlots = 0; });

        var decision = Decide(Snapshot(Ready("a", 5), Ready("b", 1), Ready("c", 7)), options);

        Assert.Equal(["b"], Ids(decision.Drain));
        Assert.Equal(DecisionReason.AboveMaximum, decision.Reason);
    }
}
