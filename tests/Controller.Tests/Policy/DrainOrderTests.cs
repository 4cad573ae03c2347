using Autoscaler.Controller.Policy;
using static Autoscaler.Controller.Tests.Policy.PolicyFixture;

namespace Autoscaler.Controller.Tests.Policy;

public sealed class DrainOrderTests
{
    [Fact]
    public void CompareTo_FewerPlayers_ComesFirst()
    {
        var empty = new DrainOrder(Ready("z", 0));
        var loaded = new DrainOrder(Ready("a", 1));

        Assert.True(empty.CompareTo(loaded) < 0);
        Assert.True(loaded.CompareTo(empty) > 0);
    }

    [Fact]
    public void CompareTo_SamePlayers_LongestEmptyFirstThenNoEmptySince()
    {
        var longer = new DrainOrder(0, Now.AddMinutes(-10), "z");
        var shorter = new DrainOrder(0, Now.AddMinutes(-2), "a");
        var never = new DrainOrder(0, null, "m");

        Assert.Equal([never, longer, shorter], new[] { shorter, longer, never }.Order());
    }

    [Fact]
    public void CompareTo_OnlyIdsDiffer_OrdinalOrder()
    {
        string[] ids = ["b9", "b10", "a-1", "Z1", "a_1", "AS-1"];

        var ordered = ids.Select(id => new DrainOrder(2, null, id)).Order().Select(o => o.Id);

        Assert.Equal(ids.Order(StringComparer.Ordinal), ordered);
    }

    [Fact]
    public void PriorityQueue_DrainOrder_YieldsTheSortedSequence()
    {
        var random = new Random(3);
        var orders = Enumerable.Range(0, 500)
            .Select(i => new DrainOrder(random.Next(0, 4), random.Next(3) == 0 ? null : Now.AddMinutes(-random.Next(0, 3)), $"s{i}"))
            .ToList();
        var queue = new PriorityQueue<string, DrainOrder>(orders.Select(o => (o.Id, o)));

        var dequeued = new List<string>();
        while (queue.TryDequeue(out var id, out _))
        {
            dequeued.Add(id);
        }

        Assert.Equal(orders.Order().Select(o => o.Id), dequeued);
    }
}
