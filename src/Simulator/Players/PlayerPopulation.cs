using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Scoring;

namespace Autoscaler.Simulator.Players;

/// <summary>The players: turns the demand curve into joins and leaves, seats joins through the matchmaker, and keeps
/// the players who found no free slot waiting (first come, first seated) until one frees up.</summary>
/// <remarks>
/// Leaves pick a random player among all who want to play (seated or waiting), so they leave random servers.
/// With a mean session length set, seated players also end sessions at random and are replaced by new joins, so the
/// fleet sees churn even where the curve is flat. Everything random comes from the seeded <see cref="Random"/>.
/// </remarks>
internal sealed class PlayerPopulation(Matchmaker matchmaker, Random random, TimeSpan meanSession, RunCounters counters)
{
    // One entry per seated player: the server the player is on. Swap-remove keeps random leaves O(1).
    private readonly List<SimServer> _seated = [];

    // Join time of each waiting player, oldest first.
    private readonly List<double> _waiting = [];

    public int Seated => _seated.Count;

    public int Waiting => _waiting.Count;

    /// <summary>Players who want to play now: seated or waiting for a slot.</summary>
    public int Wanting => _seated.Count + _waiting.Count;

    /// <summary>Moves the players one step towards <paramref name="demand"/> at <paramref name="now"/>.</summary>
    public void Step(double now, double stepSeconds, int demand, IReadOnlyList<SimServer> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        EndSessions(stepSeconds);

        var surplus = Wanting - demand;
        for (var i = 0; i < surplus; i++)
        {
            LeaveRandom();
        }

        SeatWaiting(now, servers);

        var joins = demand - Wanting;
        for (var i = 0; i < joins; i++)
        {
            Join(now, servers);
        }
    }

    /// <summary>Takes every player off a server that is deleted or rebooted; they wait for another slot.</summary>
    public void Evict(SimServer server, double now)
    {
        ArgumentNullException.ThrowIfNull(server);
        for (var i = _seated.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_seated[i], server))
            {
                RemoveSeatedAt(i);
                _waiting.Add(now);
            }
        }

        server.Players = 0;
    }

    /// <summary>Starts the scored window: players already waiting count their wait from <paramref name="now"/>.</summary>
    public void RestartWaitClock(double now)
    {
        for (var i = 0; i < _waiting.Count; i++)
        {
            _waiting[i] = now;
        }
    }

    /// <summary>Closes the run: players still waiting count towards the longest wait.</summary>
    public void Finish(double now)
    {
        if (_waiting.Count > 0)
        {
            counters.LongestWaitSeconds = Math.Max(counters.LongestWaitSeconds, now - _waiting[0]);
        }
    }

    private void EndSessions(double stepSeconds)
    {
        if (meanSession <= TimeSpan.Zero || _seated.Count == 0)
        {
            return;
        }

        var expected = _seated.Count * stepSeconds / meanSession.TotalSeconds;
        var ends = (int)Math.Floor(expected);
        if (random.NextDouble() < expected - ends)
        {
            ends++;
        }

        for (var i = 0; i < ends && _seated.Count > 0; i++)
        {
            RemoveSeatedAt(random.Next(_seated.Count));
            counters.Leaves++;
        }
    }

    private void LeaveRandom()
    {
        var index = random.Next(Wanting);
        if (index < _seated.Count)
        {
            RemoveSeatedAt(index);
        }
        else
        {
            _waiting.RemoveAt(index - _seated.Count);
        }

        counters.Leaves++;
    }

    private void SeatWaiting(double now, IReadOnlyList<SimServer> servers)
    {
        var seated = 0;
        while (seated < _waiting.Count && matchmaker.Choose(servers) is { } server)
        {
            counters.LongestWaitSeconds = Math.Max(counters.LongestWaitSeconds, now - _waiting[seated]);
            Seat(server);
            seated++;
        }

        _waiting.RemoveRange(0, seated);
    }

    private void Join(double now, IReadOnlyList<SimServer> servers)
    {
        counters.Joins++;
        if (matchmaker.Choose(servers) is { } server)
        {
            Seat(server);
        }
        else
        {
            counters.DeniedJoins++;
            _waiting.Add(now);
        }
    }

    private void Seat(SimServer server)
    {
        server.Players++;
        _seated.Add(server);
    }

    private void RemoveSeatedAt(int index)
    {
        _seated[index].Players--;
        _seated[index] = _seated[^1];
        _seated.RemoveAt(_seated.Count - 1);
    }
}
