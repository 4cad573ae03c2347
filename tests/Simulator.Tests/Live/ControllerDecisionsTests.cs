using Autoscaler.Simulator.Live;

namespace Autoscaler.Simulator.Tests.Live;

public class ControllerDecisionsTests
{
    [Fact]
    public void Count_DecisionWithItemisedActions_CountsEachActionUnderItsReason()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);

        ControllerDecisions.Count(counts, "LeadTime", 3, [1, 2, 0, 0, 0], "players 40, slots 60; undrain: s1 (LeadTime); drain: s2 (EmptyPastGrace) s3 (Consolidation)");

        Assert.Equal(3, counts["create: LeadTime"]);
        Assert.Equal(1, counts["undrain: LeadTime"]);
        Assert.Equal(1, counts["drain: EmptyPastGrace"]);
        Assert.Equal(1, counts["drain: Consolidation"]);
        Assert.Equal(4, counts.Count);
    }

    [Fact]
    public void Count_MoreActionsThanItemised_CountsTheRestAsNotItemised()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);

        ControllerDecisions.Count(counts, "Drained", 0, [0, 0, 22, 0, 0], "x; delete: a (Drained) b (Drained) and 20 more");

        Assert.Equal(2, counts["delete: Drained"]);
        Assert.Equal(20, counts["delete: (not itemised)"]);
    }

    [Fact]
    public void Count_DecisionWithoutActions_IsAHoldUnlessSteady()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);

        ControllerDecisions.Count(counts, "ScaleDownCooldown", 0, [0, 0, 0, 0, 0], "");
        ControllerDecisions.Count(counts, "ScaleDownCooldown", 0, [0, 0, 0, 0, 0], "");
        ControllerDecisions.Count(counts, "Steady", 0, [0, 0, 0, 0, 0], "");

        Assert.Equal(2, Assert.Single(counts).Value);
        Assert.Equal("hold: ScaleDownCooldown", counts.Keys.Single());
    }
}
