namespace Autoscaler.Harness;

/// <summary>Settings of a <see cref="ReactionBenchmark"/> run.</summary>
public sealed class ReactionSettings
{
    /// <summary>The most samples a run takes (each adds a server to the emulated cloud).</summary>
    public const int MaxSamples = 1000;

    /// <summary>Samples to take, 1 to <see cref="MaxSamples"/>. Default 50.</summary>
    public int Samples { get; set; } = 50;

    /// <summary>Player slots per server. Default 10.</summary>
    public int SlotsPerServer { get; set; } = 10;

    /// <summary>How long the emulator keeps a new server in BUILD (0 to 1 minute). Default 200 ms.</summary>
    public TimeSpan BuildTime { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one step may take (a create to arrive, a server to settle) before the run fails. Default 60 s.</summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Every problem with the settings, each naming the setting; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Samples is < 1 or > MaxSamples)
        {
            errors.Add($"Samples must be 1 to {MaxSamples} (was {Samples}).");
        }

        if (SlotsPerServer is < 1 or > 1000)
        {
            errors.Add($"SlotsPerServer must be 1 to 1000 (was {SlotsPerServer}).");
        }

        if (BuildTime < TimeSpan.Zero || BuildTime > TimeSpan.FromMinutes(1))
        {
            errors.Add($"BuildTime must be 0 to 1 minute (was {BuildTime}).");
        }

        if (StepTimeout <= TimeSpan.Zero || StepTimeout > TimeSpan.FromHours(1))
        {
            errors.Add($"StepTimeout must be more than 0 and at most 1 hour (was {StepTimeout}).");
        }

        return errors;
    }
}
