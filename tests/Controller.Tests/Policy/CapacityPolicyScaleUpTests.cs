using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using static Autoscaler.Controller.Tests.Policy.PolicyFixture;

namespace Autoscaler.Controller.Tests.Policy;

public sealed class CapacityPolicyScaleUpTests
{
    [Fact]
    public void Decide_FreeSlotsBelowFloor_CreatesOneServer()
    {
        var decision = Decide(Snapshot(Ready("a", 9), Ready("b", 9)));

        Assert.Equal(1, decision.Create);
        Assert.Equal(DecisionReason.BufferShort, decision.CreateReason);
        Assert.Equal(DecisionReason.BufferShort, decision.Reason);
    }

    [Fact]
    public void Decide_FullFleetWithPlayersWaiting_CreatesForThemAndSaysWhy()
    {
        var full = Snapshot(Ready("a", 10), Ready("b", 10)) with { WaitingPlayers = 25 };

        var decision = Decide(full);

        // 20 seated + 25 waiting + the floor of 2 free slots = 47 slots: 3 more servers of 10.
        Assert.Equal(3, decision.Create);
        Assert.Equal(DecisionReason.PlayersWaiting, decision.CreateReason);
        Assert.Contains("waiting 25", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_PlayersWaiting_NoServerDrained()
    {
        var options = Options(o => o.ScaleDownCooldown = TimeSpan.Zero);
        var quiet = Snapshot(Ready("a", 2), Ready("b", 0), Ready("c", 0));

        var withoutWaiting = Decide(quiet, options);
        var withWaiting = Decide(quiet with { WaitingPlayers = 18 }, options);

        Assert.NotEmpty(withoutWaiting.Drain);
        Assert.Empty(withWaiting.Drain);
    }

    [Fact]
    public void Decide_LearntMargin_ReplacesThePercentageButNotTheFloor()
    {
        var options = Options(o => { o.MinFreeSlots = 2; o.FreeSlotsPercent = 50; });
        var fleet = Snapshot(Ready("a", 10), Ready("b", 10), Ready("c", 4), Ready("d", 0));

        // 24 players: 50 % free asks for 48 slots (one more server); a learnt margin of 9 for 33 (steady at 40);
        // a learnt margin of 0 still keeps the floor of 2 free slots.
        Assert.Equal(48, Decide(fleet, options).RequiredCapacity);
        Assert.Equal(33, Decide(fleet with { DemandMargin = 9 }, options).RequiredCapacity);
        Assert.Equal(0, Decide(fleet with { DemandMargin = 9 }, options).Create);
        Assert.Equal(26, Decide(fleet with { DemandMargin = 0 }, options).RequiredCapacity);
        Assert.Equal(48, Decide(fleet with { DemandMargin = 9 }, Options(o => { o.MinFreeSlots = 2; o.FreeSlotsPercent = 50; o.AdaptiveBuffer = false; })).RequiredCapacity);
    }

    [Fact]
    public void Decide_LearntMarginBroken_CreatesAndSaysItWasLearnt()
    {
        var decision = Decide(Snapshot(Ready("a", 10), Ready("b", 5)) with { DemandMargin = 12 });

        // 15 players + 12 = 27 slots: one more server of 10.
        Assert.Equal(1, decision.Create);
        Assert.Equal(DecisionReason.BufferShort, decision.CreateReason);
        Assert.Contains("buffer learnt 12", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_FreeSlotsExactlyAtFloor_Steady()
    {
        var decision = Decide(Snapshot(Ready("a", 8), Ready("b", 7)));

        Assert.Equal(0, decision.Create);
        Assert.Equal(DecisionReason.Steady, decision.Reason);
        Assert.False(decision.HasActions);
    }

    [Fact]
    public void Decide_DeficitOfSeveralServers_CreatesEnoughToCoverIt()
    {
        var options = Options(o => o.MinFreeSlots = 25);

        var decision = Decide(Snapshot(Ready("a", 10), Ready("b", 10)), options);

        Assert.Equal(3, decision.Create);
    }

    [Theory]
    [InlineData(40, 1)] // max(2, 20% of capacity): 40 players need 50 slots -> one more server
    [InlineData(32, 0)] // 32 players need 40 slots -> enough
    [InlineData(33, 1)] // 33 / 0.8 = 41.25 -> 42 slots
    public void Decide_PercentBuffer_UsesLargerOfFloorAndPercent(int players, int expectedCreates)
    {
        var options = Options(o => { o.MinFreeSlots = 2; o.FreeSlotsPercent = 20; });
        var spread = Enumerable.Range(0, 4).Select(i => Ready($"s{i}", (players / 4) + (i < players % 4 ? 1 : 0))).ToArray();
        Assert.Equal(players, spread.Sum(s => s.Players));

        var decision = Decide(Snapshot(spread), options);

        Assert.Equal(expectedCreates, decision.Create);
    }

    [Theory]
    [InlineData(32, 0)]
    [InlineData(33, 1)]
    public void Decide_UtilisationAboveThreshold_CreatesWithUtilisationReason(int players, int expectedCreates)
    {
        var options = Options(o => { o.MinFreeSlots = 0; o.ScaleUpUtilisation = 0.8; });
        var servers = Enumerable.Range(0, 4).Select(i => Ready($"s{i}", (players / 4) + (i < players % 4 ? 1 : 0))).ToArray();

        var decision = Decide(Snapshot(servers), options);

        Assert.Equal(expectedCreates, decision.Create);
        if (expectedCreates > 0)
        {
            Assert.Equal(DecisionReason.UtilisationHigh, decision.CreateReason);
        }
    }

    [Theory]
    [InlineData(nameof(ServerState.Requested))]
    [InlineData(nameof(ServerState.Building))]
    [InlineData(nameof(ServerState.Booting))]
    public void Decide_ServerOnTheWay_CountsAsCapacity(string state)
    {
        var decision = Decide(Snapshot(Ready("a", 9), Ready("b", 9), InState("c", Enum.Parse<ServerState>(state), TimeSpan.FromSeconds(30))));

        Assert.Equal(0, decision.Create);
    }

    [Fact]
    public void Decide_CreateUncertain_DoesNotCountAsCapacity()
    {
        var decision = Decide(Snapshot(Ready("a", 9), Ready("b", 9), InState("c", ServerState.Requested, TimeSpan.FromSeconds(30), uncertain: true)));

        Assert.Equal(1, decision.Create);
    }

    [Fact]
    public void Decide_EmptyFleetBelowMinimum_CreatesMinimumDespiteCooldown()
    {
        var options = Options(o => { o.MinServers = 3; o.MinFreeSlots = 0; o.ScaleUpCooldown = TimeSpan.FromHours(1); });
        var snapshot = Snapshot() with { LastScaleUpAt = Now - TimeSpan.FromSeconds(1) };

        var decision = Decide(snapshot, options);

        Assert.Equal(3, decision.Create);
        Assert.Equal(DecisionReason.BelowMinimum, decision.CreateReason);
    }

    [Fact]
    public void Decide_ManualFloorAboveMinimum_CreatesToTheFloor()
    {
        var options = Options(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        var snapshot = Snapshot(Ready("a", 0, emptyFor: TimeSpan.Zero)) with { ManualFloor = 3 };

        var decision = Decide(snapshot, options);

        Assert.Equal(2, decision.Create);
        Assert.Equal(DecisionReason.ManualFloor, decision.CreateReason);
    }

    [Fact]
    public void Decide_AtMaximum_HoldsWithReason()
    {
        var options = Options(o => o.MaxServers = 2);

        var decision = Decide(Snapshot(Ready("a", 10), Ready("b", 10)), options);

        Assert.Equal(0, decision.Create);
        Assert.Equal(DecisionReason.AtMaximum, decision.Reason);
    }

    [Fact]
    public void Decide_NearMaximum_CreatesOnlyUpToMaximum()
    {
        var options = Options(o => { o.MaxServers = 3; o.MinFreeSlots = 30; });

        var decision = Decide(Snapshot(Ready("a", 10), Ready("b", 10)), options);

        Assert.Equal(1, decision.Create);
    }

    [Fact]
    public void Decide_LargeDeficit_CapsCreatesPerTick()
    {
        var options = Options(o => { o.MinFreeSlots = 80; o.MaxCreatesPerTick = 5; });

        var decision = Decide(Snapshot(Ready("a", 10)), options);

        Assert.Equal(5, decision.Create);
    }

    [Fact]
    public void Decide_ManyInFlight_CapsCreatesToInFlightLimit()
    {
        var options = Options(o => { o.MinFreeSlots = 100; o.MaxInFlight = 3; o.MaxServers = 50; });
        var snapshot = Snapshot(Ready("a", 10), InState("b", ServerState.Building, TimeSpan.FromSeconds(5)), InState("c", ServerState.Booting, TimeSpan.FromSeconds(5)));

        var decision = Decide(snapshot, options);

        Assert.Equal(1, decision.Create);
    }

    [Fact]
    public void Decide_InFlightLimitReached_HoldsWithReason()
    {
        var options = Options(o => { o.MinFreeSlots = 100; o.MaxInFlight = 1; });

        var decision = Decide(Snapshot(Ready("a", 10), InState("b", ServerState.Building, TimeSpan.FromSeconds(5))), options);

        Assert.Equal(0, decision.Create);
        Assert.Equal(DecisionReason.MaxInFlight, decision.Reason);
    }

    [Fact]
    public void Decide_WithinScaleUpCooldown_HoldsBufferCreates()
    {
        var options = Options(o => o.ScaleUpCooldown = TimeSpan.FromSeconds(30));
        var snapshot = Snapshot(Ready("a", 9), Ready("b", 9)) with { LastScaleUpAt = Now - TimeSpan.FromSeconds(29) };

        var decision = Decide(snapshot, options);

        Assert.Equal(0, decision.Create);
        Assert.Equal(DecisionReason.ScaleUpCooldown, decision.Reason);
    }

    [Fact]
    public void Decide_ScaleUpCooldownJustOver_Creates()
    {
        var options = Options(o => o.ScaleUpCooldown = TimeSpan.FromSeconds(30));
        var snapshot = Snapshot(Ready("a", 9), Ready("b", 9)) with { LastScaleUpAt = Now - TimeSpan.FromSeconds(30) };

        var decision = Decide(snapshot, options);

        Assert.Equal(1, decision.Create);
    }

    [Fact]
    public void Decide_DuringCreateBackoff_HoldsWithReason()
    {
        var snapshot = Snapshot(Ready("a", 9), Ready("b", 9)) with { CreateBackoffUntil = Now + TimeSpan.FromSeconds(1) };

        var decision = Decide(snapshot);

        Assert.Equal(0, decision.Create);
        Assert.Equal(DecisionReason.CreateBackoff, decision.Reason);
    }

    [Fact]
    public void Decide_BackoffEndsNow_Creates()
    {
        var snapshot = Snapshot(Ready("a", 9), Ready("b", 9)) with { CreateBackoffUntil = Now };

        Assert.Equal(1, Decide(snapshot).Create);
    }

    [Fact]
    public void Decide_DemandReturnsWithDrainingServer_UndrainsInsteadOfCreating()
    {
        var decision = Decide(Snapshot(Ready("a", 9), Ready("b", 9), Draining("c", 4)));

        Assert.Equal(0, decision.Create);
        Assert.Equal(["c"], Ids(decision.Undrain));
        Assert.Equal(DecisionReason.BufferShort, decision.Undrain[0].Reason);
    }

    [Fact]
    public void Decide_DemandReturnsWithOperatorDrainedServer_CreatesInstead()
    {
        var decision = Decide(Snapshot(Ready("a", 9), Ready("b", 9), Draining("c", 4) with { OperatorDrained = true }));

        Assert.Empty(decision.Undrain);
        Assert.Equal(1, decision.Create);
    }

    [Fact]
    public void Decide_UndrainNotEnough_UndrainsAllThenCreates()
    {
        var options = Options(o => o.MinFreeSlots = 25);

        var decision = Decide(Snapshot(Ready("a", 10), Draining("b", 9), Draining("c", 0)), options);

        Assert.Equal(["b", "c"], Ids(decision.Undrain));
        Assert.Equal(2, decision.Create);
    }

    [Fact]
    public void Decide_GrowingFleet_ProvisionsLeadTimeAhead()
    {
        var options = Options(o => { o.LeadTimeProvisioning = true; o.ExpectedBootTime = TimeSpan.FromSeconds(100); });
        var snapshot = Snapshot(Ready("a", 8), Ready("b", 6)) with { JoinRatePerSecond = 0.1 };

        var decision = Decide(snapshot, options);

        Assert.Equal(1, decision.Create);
        Assert.Equal(DecisionReason.LeadTime, decision.CreateReason);
    }

    [Fact]
    public void Decide_ObservedBootTime_ReplacesExpectedBootTime()
    {
        var options = Options(o => { o.LeadTimeProvisioning = true; o.ExpectedBootTime = TimeSpan.FromSeconds(100); });
        var snapshot = Snapshot(Ready("a", 8), Ready("b", 6)) with { JoinRatePerSecond = 0.1, ObservedBootTime = TimeSpan.FromSeconds(10) };

        Assert.Equal(0, Decide(snapshot, options).Create);
    }

    [Fact]
    public void Decide_ShrinkingFleet_NoLeadTime()
    {
        var options = Options(o => { o.LeadTimeProvisioning = true; o.ExpectedBootTime = TimeSpan.FromSeconds(100); });
        var snapshot = Snapshot(Ready("a", 8), Ready("b", 7)) with { JoinRatePerSecond = -1 };

        Assert.Equal(0, Decide(snapshot, options).Create);
    }

    [Fact]
    public void Decide_LeadTimeOff_IgnoresJoinRate()
    {
        var snapshot = Snapshot(Ready("a", 8), Ready("b", 7)) with { JoinRatePerSecond = 10 };

        Assert.Equal(0, Decide(snapshot).Create);
    }

    [Fact]
    public void Decide_Paused_DoesNothing()
    {
        var snapshot = Snapshot(Ready("a", 10), Ready("b", 10)) with { Paused = true };

        var decision = Decide(snapshot, Options(o => o.MinServers = 5));

        Assert.False(decision.HasActions);
        Assert.Equal(DecisionReason.Paused, decision.Reason);
    }

    [Fact]
    public void Decide_DryRun_DecidesAndSaysSo()
    {
        var decision = Decide(Snapshot(Ready("a", 9), Ready("b", 9)), Options(o => o.DryRun = true));

        Assert.True(decision.DryRun);
        Assert.Equal(1, decision.Create);
    }

    [Fact]
    public void Decide_AfterCreate_HeadroomCountsTheNewCapacity()
    {
        var decision = Decide(Snapshot(Ready("a", 9), Ready("b", 9)));

        // 30 slots after the create, 23 required now: 7 more players before the buffer breaks again.
        Assert.Equal(7, decision.HeadroomPlayers);
    }
}
