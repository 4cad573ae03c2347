using System.Net.Http.Json;

namespace Autoscaler.LoadGenerator.Sink;

/// <summary>Reads a target's /stats (reports applied, lag percentiles since /reset) over HTTP/2 on its gRPC port:
/// the no-op sink and Autoscaler.Benchmarks host-agents both serve it.</summary>
internal sealed class StatsClient(Uri address) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = address,
        DefaultRequestVersion = new Version(2, 0),
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Whether the target serves /stats at all (a real controller does not).</summary>
    public async Task<bool> AvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri("/stats", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(new Uri("/reset", UriKind.Relative), null, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public async Task<SinkSnapshot> ReadAsync(CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync(new Uri("/stats", UriKind.Relative), SinkJson.Default.SinkSnapshot, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("The target returned no stats.");

    public void Dispose() => _http.Dispose();
}
