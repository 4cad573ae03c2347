using System.Globalization;

namespace Autoscaler.Controller.Core;

/// <summary>Operation ids: hex of (milliseconds x 65536 + a counter), so they sort by time and are short enough for server names.</summary>
/// <remarks>
/// Unique within the process however many ids one millisecond asks for (a tick on a virtual clock asks for many), and
/// across restarts because the clock moves on. No randomness, so a simulation is repeatable for a given seed.
/// </remarks>
internal static class OperationIds
{
    private static long _last;

    public static string Next(DateTimeOffset now)
    {
        var candidate = now.ToUnixTimeMilliseconds() << 16;
        long issued;
        long last;
        do
        {
            last = Interlocked.Read(ref _last);
            issued = Math.Max(candidate, last + 1);
        }
        while (Interlocked.CompareExchange(ref _last, issued, last) != last);

        return issued.ToString("x", CultureInfo.InvariantCulture);
    }

    /// <summary>The deterministic server name for a create operation.</summary>
    public static string ServerName(string prefix, string fleet, string operationId) => $"{prefix}-{fleet}-{operationId}";
}
