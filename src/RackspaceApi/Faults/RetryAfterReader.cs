using System.Globalization;
using System.Net.Http.Headers;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>Works out how long a 413 asks to wait, from the Retry-After header or the fault's retryAfter.</summary>
internal static class RetryAfterReader
{
    /// <summary>The wait, or null when neither the header nor the body says (an absolute limit).</summary>
    public static TimeSpan? Read(RetryConditionHeaderValue? header, string? retryAfter, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return NotNegative(delta);
        }

        if (header?.Date is { } date)
        {
            return NotNegative(date - now);
        }

        if (string.IsNullOrWhiteSpace(retryAfter))
        {
            return null;
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? NotNegative(at - now)
            : null;
    }

    private static TimeSpan NotNegative(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
