using Autoscaler.Controller.Registry;

namespace Autoscaler.Simulator.Project;

/// <summary>The simulation's stand-in for the Quartz trigger: remembers that a report broke a fleet's buffer, so the
/// policy runs in the same virtual second (as the host fires PolicyJob at once).</summary>
internal sealed class QueuedPolicyTrigger : IPolicyTrigger
{
    private readonly HashSet<string> _requested = new(StringComparer.Ordinal);

    public int Requests { get; private set; }

    public void Request(string fleet)
    {
        lock (_requested)
        {
            _requested.Add(fleet);
            Requests++;
        }
    }

    /// <summary>Whether the fleet asked to be evaluated since the last call (and forgets the request).</summary>
    public bool Take(string fleet)
    {
        lock (_requested)
        {
            return _requested.Remove(fleet);
        }
    }
}
