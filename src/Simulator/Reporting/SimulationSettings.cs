using System.Globalization;

namespace Autoscaler.Simulator.Reporting;

/// <summary>The world of a run in plain figures, as written to the report.</summary>
internal sealed record SimulationSettings(
    int SlotsPerServer,
    double BootSeconds,
    double BootJitterSeconds,
    int Seed,
    string Matchmaking,
    double MeanSessionMinutes,
    double StepSeconds,
    double WarmUpMinutes)
{
    public static SimulationSettings From(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SimulationSettings(
            options.SlotsPerServer,
            options.Boot.BootTime.TotalSeconds,
            options.Boot.Jitter.TotalSeconds,
            options.Seed,
            options.Matchmaking.ToString(),
            options.MeanSession.TotalMinutes,
            options.Step.TotalSeconds,
            options.WarmUp.TotalMinutes);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"slots/server {SlotsPerServer}, boot {BootSeconds:0} s +/- {BootJitterSeconds:0} s, seed {Seed}, matchmaker {Matchmaking}, mean session {MeanSessionMinutes:0.#} min, step {StepSeconds:0.###} s, warm-up {WarmUpMinutes:0} min");
}
