using Microsoft.Extensions.Options;

namespace Autoscaler.Benchmarks.Ingestion;

/// <summary>Options that never change, for services that read an <see cref="IOptionsMonitor{TOptions}"/>.</summary>
internal sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
