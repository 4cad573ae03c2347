extern alias controller;

using controller::Autoscaler.Controller.Agents;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Agent.Tests.Controller;

/// <summary>The per-stream message budget: a burst, then the sustained rate, refilled from elapsed time (no timer).</summary>
public sealed class MessageBudgetTests
{
    [Fact]
    public void TrySpend_BurstSpentAtOnce_NextRefused()
    {
        var budget = new MessageBudget(perSecond: 2, burst: 5, new FakeTimeProvider());

        var spent = Enumerable.Range(0, 5).Count(_ => budget.TrySpend());

        Assert.Equal(5, spent);
        Assert.False(budget.TrySpend());
    }

    [Fact]
    public void TrySpend_AfterOneIntervalOfTheRate_OneMoreMessage()
    {
        var time = new FakeTimeProvider();
        var budget = new MessageBudget(perSecond: 4, burst: 3, time);
        Drain(budget);

        time.Advance(TimeSpan.FromMilliseconds(249));
        var early = budget.TrySpend();
        time.Advance(TimeSpan.FromMilliseconds(1));
        var onTime = budget.TrySpend();

        Assert.False(early);
        Assert.True(onTime);
        Assert.False(budget.TrySpend());
    }

    [Fact]
    public void TrySpend_RefusedMessages_SpendNothing()
    {
        var time = new FakeTimeProvider();
        var budget = new MessageBudget(perSecond: 1, burst: 1, time);
        Drain(budget);

        for (var i = 0; i < 10; i++)
        {
            Assert.False(budget.TrySpend());
            time.Advance(TimeSpan.FromMilliseconds(50));
        }

        time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.True(budget.TrySpend());
    }

    [Fact]
    public void TrySpend_LongIdle_RefillsToTheBurstOnly()
    {
        var time = new FakeTimeProvider();
        var budget = new MessageBudget(perSecond: 10, burst: 20, time);
        Drain(budget);

        time.Advance(TimeSpan.FromDays(30));
        var spent = Drain(budget);

        Assert.Equal(20, spent);
    }

    [Fact]
    public void TrySpend_SustainedAtTheRate_NeverRefused()
    {
        var time = new FakeTimeProvider();
        var budget = new MessageBudget(perSecond: 20, burst: 20, time);
        Drain(budget);

        var refused = 0;
        for (var i = 0; i < 1_000; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
            refused += budget.TrySpend() ? 0 : 1;
        }

        Assert.Equal(0, refused);
        Assert.False(budget.TrySpend());
    }

    [Fact]
    public void TrySpend_FasterThanTheRate_HeldToTheRatePlusBurst()
    {
        var time = new FakeTimeProvider();
        var budget = new MessageBudget(perSecond: 20, burst: 100, time);

        // A message every millisecond from 0 to 10 s inclusive.
        var spent = budget.TrySpend() ? 1 : 0;
        for (var i = 0; i < 10_000; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            spent += budget.TrySpend() ? 1 : 0;
        }

        // The burst of 100, then 10 s at 20/s.
        Assert.Equal(300, spent);
    }

    private static int Drain(MessageBudget budget)
    {
        var spent = 0;
        while (budget.TrySpend())
        {
            spent++;
        }

        return spent;
    }
}
