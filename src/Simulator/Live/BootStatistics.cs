using System.Globalization;

namespace Autoscaler.Simulator.Live;

/// <summary>How long the real stack took to boot servers, in trace time, against the boot time the world configures.</summary>
internal static class BootStatistics
{
    /// <summary>One line: servers booted, mean, 90th percentile and longest boot, beside the configured boot time.</summary>
    public static string Describe(IReadOnlyList<double> bootSeconds, TimeSpan configured)
    {
        ArgumentNullException.ThrowIfNull(bootSeconds);
        if (bootSeconds.Count == 0)
        {
            return "no server finished booting during the run.";
        }

        var sorted = bootSeconds.Order().ToArray();
        var p90 = sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(0.9 * sorted.Length) - 1)];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"observed boot (the cloud lists a new server -> its agent is connected), {sorted.Length} servers: mean {sorted.Average():0} s, p90 {p90:0} s, longest {sorted[^1]:0} s of trace time (configured {configured.TotalSeconds:0} s); the excess is the real stack's latency times the speed.");
    }
}
