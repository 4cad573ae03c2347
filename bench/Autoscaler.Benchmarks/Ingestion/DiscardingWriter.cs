using Grpc.Core;

namespace Autoscaler.Benchmarks.Ingestion;

/// <summary>A response stream that accepts every message at once and keeps none (the Welcome and any command).</summary>
internal sealed class DiscardingWriter<T> : IServerStreamWriter<T>
{
    public WriteOptions? WriteOptions { get; set; }

    public Task WriteAsync(T message) => Task.CompletedTask;

    public Task WriteAsync(T message, CancellationToken cancellationToken) => Task.CompletedTask;
}
