namespace Autoscaler.Controller.Registry;

/// <summary>The fleet's net join rate: the least-squares slope of players over time across a recent window, or zero
/// when the slope is not significant (within two standard errors of zero).</summary>
/// <remarks>
/// A slope fitted over every sample in the window reacts within a few samples to a surge yet averages out the
/// report-to-report noise that an end-point difference would turn into phantom growth. Not thread-safe: the fleet's
/// tick is its only caller.
/// </remarks>
internal sealed class JoinRateEstimator
{
    private readonly Queue<(double Seconds, int Players)> _samples = new();
    private DateTimeOffset? _origin;

    /// <summary>Adds a sample and returns the slope (players per second) over the samples within <paramref name="window"/>.</summary>
    public double Add(DateTimeOffset at, int players, TimeSpan window)
    {
        _origin ??= at;
        var seconds = (at - _origin.Value).TotalSeconds;
        _samples.Enqueue((seconds, players));
        while (_samples.Count > 2 && seconds - _samples.Peek().Seconds > window.TotalSeconds)
        {
            _samples.Dequeue();
        }

        if (_samples.Count < 2)
        {
            return 0;
        }

        double meanT = 0, meanP = 0;
        foreach (var (t, p) in _samples)
        {
            meanT += t;
            meanP += p;
        }

        meanT /= _samples.Count;
        meanP /= _samples.Count;
        double covariance = 0, variance = 0;
        foreach (var (t, p) in _samples)
        {
            covariance += (t - meanT) * (p - meanP);
            variance += (t - meanT) * (t - meanT);
        }

        if (variance <= 0)
        {
            return 0;
        }

        var slope = covariance / variance;
        if (_samples.Count < 3)
        {
            return slope;
        }

        // Only growth that stands out of the noise counts: a slope within two standard errors of zero is noise, and
        // provisioning ahead for it would buy servers for players who are not coming.
        double residuals = 0;
        foreach (var (t, p) in _samples)
        {
            var error = p - (meanP + (slope * (t - meanT)));
            residuals += error * error;
        }

        var standardError = Math.Sqrt(residuals / (_samples.Count - 2) / variance);
        return Math.Abs(slope) > 2 * standardError ? slope : 0;
    }
}
