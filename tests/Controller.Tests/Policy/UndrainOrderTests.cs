using Autoscaler.Controller.Policy;

namespace Autoscaler.Controller.Tests.Policy;

public sealed class UndrainOrderTests
{
    [Fact]
    public void CompareTo_MixedPlayersAndIds_FullestFirstThenOrdinalId()
    {
        UndrainOrder[] orders = [new(3, "b"), new(5, "z"), new(3, "B"), new(0, "a")];

        var ordered = orders.Order().Select(o => o.Id);

        Assert.Equal(["z", "B", "b", "a"], ordered);
    }
}
