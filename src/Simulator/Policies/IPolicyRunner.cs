using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Policies;

/// <summary>A scaling policy as the simulation drives it: called once per simulation step, after the players moved.</summary>
internal interface IPolicyRunner
{
    /// <summary>The short name used on the command line and in reports.</summary>
    string Name { get; }

    /// <summary>One line saying what the policy is, with its parameters.</summary>
    string Description { get; }

    /// <summary>Observes the fleet at <paramref name="now"/> (virtual seconds) and acts on it.</summary>
    ValueTask StepAsync(SimulatedFleet fleet, double now, CancellationToken cancellationToken);
}
