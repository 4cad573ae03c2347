using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Live;

/// <summary>Mirrors the real fleet of a live run into the simulation's <see cref="SimulatedFleet"/>, so the players,
/// the matchmaker and the scoring are the virtual mode's own: a server the cloud lists is adopted, takes players once
/// its agent is connected, drains when its agent is told to, drops its players when the cloud reboots it, and is
/// deleted (its players counted as disconnected, an occupied delete counted) when the cloud no longer lists it.</summary>
internal sealed class LiveFleetMirror(SimulatedFleet fleet)
{
    private readonly Dictionary<string, SimServer> _byId = new(StringComparer.Ordinal);
    private readonly List<double> _boots = [];

    public SimulatedFleet Fleet { get; } = fleet;

    /// <summary>Trace seconds from the cloud listing each new server to its agent being connected, in the order they came up.</summary>
    public IReadOnlyList<double> BootSeconds => _boots;

    /// <summary>Applies one observation of the real fleet at <paramref name="now"/> (trace seconds).</summary>
    public void Sync(IReadOnlyList<LiveServerView> servers, double now)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in servers)
        {
            seen.Add(view.Id);
            if (!_byId.TryGetValue(view.Id, out var server))
            {
                server = Fleet.Adopt(view.Name, now, double.PositiveInfinity);
                _byId[view.Id] = server;
            }

            Apply(server, view, now);
        }

        foreach (var (id, gone) in _byId.Where(p => !seen.Contains(p.Key)).ToList())
        {
            Fleet.Delete(gone, now, reason: null, countApiCall: false);
            _byId.Remove(id);
        }
    }

    /// <summary>Players the matchmaker has seated on each server the cloud lists, by cloud id.</summary>
    public IEnumerable<KeyValuePair<string, int>> Seats => _byId.Select(p => new KeyValuePair<string, int>(p.Key, p.Value.Players));

    private void Apply(SimServer server, LiveServerView view, double now)
    {
        if (view.Rebooting)
        {
            if (server.Phase is ServerPhase.Ready or ServerPhase.Draining)
            {
                Fleet.Reboot(server, now, reason: null, countApiCall: false);
                server.ReadyAt = double.PositiveInfinity;
            }

            return;
        }

        if (view.GameUp && server.Phase is ServerPhase.Booting or ServerPhase.Rebooting)
        {
            if (server.Phase == ServerPhase.Booting)
            {
                _boots.Add(now - server.CreatedAt);
            }

            Fleet.MarkReady(server);
        }

        if (view.Draining && server.Phase == ServerPhase.Ready)
        {
            Fleet.Drain(server, reason: null);
        }
        else if (!view.Draining && server.Phase == ServerPhase.Draining)
        {
            Fleet.Undrain(server, reason: null);
        }
    }
}
