using Autoscaler.Protocol.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;

namespace Autoscaler.LoadGenerator.Load;

/// <summary>N agent streams to one target, each introduced by a Hello and answered by a Welcome, that post load
/// reports at a chosen total rate.</summary>
internal sealed class AgentStreams(LoadSettings settings, TimeProvider time) : IAsyncDisposable
{
    private readonly List<AsyncDuplexStreamingCall<AgentMessage, ControllerMessage>> _calls = [];
    private readonly List<Task> _readers = [];
    private readonly CancellationTokenSource _stop = new();
    private GrpcChannel? _channel;
    private long _sent;
    private long _welcomes;
    private long _commands;

    public long Sent => Interlocked.Read(ref _sent);

    public long Welcomes => Interlocked.Read(ref _welcomes);

    /// <summary>Commands the target pushed down the streams (drain, undrain, ...).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>Opens every stream and waits for every Welcome (bounded by the open timeout).</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        _channel = GrpcChannel.ForAddress(settings.Target, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            },
        });
        var client = new Cloud.CloudClient(_channel);
        var welcomed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < settings.Streams; i++)
        {
            var call = client.Connect(cancellationToken: _stop.Token);
            _calls.Add(call);
            _readers.Add(ReadAsync(call, welcomed));
            await call.RequestStream.WriteAsync(new AgentMessage
            {
                Hello = new Hello
                {
                    ServerId = settings.ServerId(i),
                    Fleet = settings.Fleet,
                    Capacity = settings.Capacity,
                    AgentVersion = "loadgen",
                    Token = settings.Token(i),
                },
            }, cancellationToken).ConfigureAwait(false);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.OpenTimeout);
        await welcomed.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Posts reports at <see cref="LoadSettings.Rate"/> in total until <paramref name="duration"/> ends.</summary>
    /// <returns>The reports written in that time.</returns>
    public async Task<long> PostAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var partitions = Math.Min(settings.Streams, Environment.ProcessorCount * 4);
        var before = Sent;
        var started = time.GetTimestamp();
        var tasks = Enumerable.Range(0, partitions)
            .Select(p => Task.Run(() => PostPartitionAsync(p, partitions, started, duration, cancellationToken), cancellationToken))
            .ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return Sent - before;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        foreach (var call in _calls)
        {
            call.Dispose();
        }

        await Task.WhenAll(_readers).ConfigureAwait(false);
        _channel?.Dispose();
        _stop.Dispose();
    }

    private async Task PostPartitionAsync(int partition, int partitions, long started, TimeSpan duration, CancellationToken cancellationToken)
    {
        var mine = Enumerable.Range(0, settings.Streams).Where(i => i % partitions == partition).ToArray();
        var sequences = new ulong[mine.Length];
        var pending = new Task?[mine.Length];
        var ratePerPartition = settings.Rate / (double)partitions;
        var next = 0;
        long issued = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var elapsed = time.GetElapsedTime(started);
            if (elapsed >= duration)
            {
                break;
            }

            // Token bucket on absolute time: the partition owes rate x elapsed reports. Each stream has at most one write
            // in flight (a gRPC stream takes one write at a time); a stream still writing is skipped, not waited for, so
            // one slow stream does not hold the others back.
            var owed = (long)(ratePerPartition * elapsed.TotalSeconds) - issued;
            var startedNow = 0;
            for (var scanned = 0; owed > 0 && scanned < mine.Length; scanned++)
            {
                var slot = next;
                next = (next + 1) % mine.Length;
                if (pending[slot] is { IsCompleted: false })
                {
                    continue;
                }

                var now = time.GetUtcNow();
                sequences[slot] = SequenceFor(now, sequences[slot]);
                pending[slot] = WriteAsync(mine[slot], sequences[slot], now, cancellationToken);
                owed--;
                startedNow++;
            }

            issued += startedNow;
            if (owed > 0 || startedNow == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(pending.Where(t => t is not null)!).ConfigureAwait(false);
    }

    private async Task WriteAsync(int stream, ulong sequence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = new AgentMessage
        {
            Load = new LoadReport
            {
                Players = (int)(sequence % (ulong)(settings.Capacity + 1)),
                Capacity = settings.Capacity,
                State = ServerState.Ready,
                Sequence = sequence,
                ObservedAt = Timestamp.FromDateTimeOffset(now),
            },
        };
        await _calls[stream].RequestStream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _sent);
    }

    /// <summary>The report's sequence: its send time in microseconds since the Unix epoch (so a target can measure lag
    /// without observed_at), kept above the stream's previous one.</summary>
    internal static ulong SequenceFor(DateTimeOffset now, ulong previous) =>
        Math.Max(previous + 1, (ulong)((now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10));

    private async Task ReadAsync(AsyncDuplexStreamingCall<AgentMessage, ControllerMessage> call, TaskCompletionSource welcomed)
    {
        try
        {
            await foreach (var message in call.ResponseStream.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                if (message.BodyCase == ControllerMessage.BodyOneofCase.Welcome)
                {
                    if (Interlocked.Increment(ref _welcomes) == settings.Streams)
                    {
                        welcomed.TrySetResult();
                    }
                }
                else
                {
                    Interlocked.Increment(ref _commands);
                }
            }
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled)
        {
            // The run is over.
        }
        catch (RpcException exception)
        {
            welcomed.TrySetException(exception);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
