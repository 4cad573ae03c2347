using System.Runtime.ExceptionServices;
using Autoscaler.Protocol.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Autoscaler.Agent;

/// <summary>The agent's side of Cloud.Connect: connect, hello, send the latest state, receive commands, reconnect forever.</summary>
/// <remarks>
/// Runs on its own task. The game never waits for it: it only reads <see cref="LoadState"/> and
/// <see cref="OwnedRows"/>, which the game writes without blocking. Load reports and posts are flushed at most once
/// per report interval (coalescing: the latest state wins), heartbeats go out when nothing else was sent.
/// </remarks>
internal sealed class ControllerLink(
    AgentOptions options,
    LoadState state,
    OwnedRows rows,
    AsyncSignal signal,
    ICommandSink commands,
    TimeProvider time,
    ILogger logger)
{
    private long _reportIntervalTicks = options.ReportInterval.Ticks;
    private long _heartbeatIntervalTicks = options.HeartbeatInterval.Ticks;

    // Sequences start from the clock so a restarted agent's reports are never taken for old ones.
    private ulong _sequence = (ulong)Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds()) * 1000;
    private int _connected;

    public bool IsConnected => Volatile.Read(ref _connected) == 1;

    /// <summary>The number of load reports sent since start (all connections).</summary>
    public long ReportsSent { get; private set; }

    public TimeSpan ReportInterval => TimeSpan.FromTicks(Interlocked.Read(ref _reportIntervalTicks));

    public TimeSpan HeartbeatInterval => TimeSpan.FromTicks(Interlocked.Read(ref _heartbeatIntervalTicks));

    public async Task RunAsync(Cloud.CloudClient client, CancellationToken stop)
    {
        var backoff = new ReconnectBackoff(options.ReconnectMinDelay, options.ReconnectMaxDelay, new Random());
        while (!stop.IsCancellationRequested)
        {
            Exception? failure = null;
            try
            {
                await RunSessionAsync(client, backoff.Reset, stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                failure = ex;
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                // Stopping: whatever the session threw on the way out is expected.
            }
            finally
            {
                Volatile.Write(ref _connected, 0);
            }

            if (stop.IsCancellationRequested)
            {
                break;
            }

            var delay = backoff.Next();
            LogFailure(failure, delay);
            try
            {
                await Task.Delay(delay, time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task RunSessionAsync(Cloud.CloudClient client, Action onWelcome, CancellationToken stop)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var call = client.Connect(cancellationToken: session.Token);
        await call.RequestStream.WriteAsync(new AgentMessage
        {
            Hello = new Hello
            {
                ServerId = options.ServerId,
                Fleet = options.Fleet,
                Capacity = state.Capacity,
                AgentVersion = AgentInfo.Version,
                Token = options.Token,
            },
        }, session.Token).ConfigureAwait(false);

        var welcome = await ReadWelcomeAsync(call.ResponseStream, session.Token).ConfigureAwait(false);
        onWelcome();
        ApplyIntervals(welcome.ReportIntervalMs, welcome.HeartbeatIntervalMs);
        commands.ApplyWelcomeDrain(welcome.Draining);
        rows.ResendAll();
        Volatile.Write(ref _connected, 1);
        AgentLog.Connected(logger, options.ControllerAddress!, options.ServerId!, options.Fleet!);

        var reader = ReadCommandsAsync(call.ResponseStream, session.Token);
        Exception? sendFailure = null;
        try
        {
            await SendAsync(call.RequestStream, reader, session.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stop.IsCancellationRequested)
        {
            sendFailure = ex;
        }

        if (!reader.IsCompleted)
        {
            await session.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            // The reader knows best why a stream ended: the controller's status.
            await reader.ConfigureAwait(false);
        }
        catch (Exception ex) when (sendFailure is not null && ex is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            ExceptionDispatchInfo.Throw(sendFailure);
        }

        if (sendFailure is not null)
        {
            ExceptionDispatchInfo.Throw(sendFailure);
        }
    }

    private async Task<Welcome> ReadWelcomeAsync(IAsyncStreamReader<ControllerMessage> responses, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        if (!await responses.MoveNext(linked.Token).ConfigureAwait(false) || responses.Current.BodyCase != ControllerMessage.BodyOneofCase.Welcome)
        {
            throw new RpcException(new Status(StatusCode.Internal, "the controller did not answer the hello with a welcome"));
        }

        return responses.Current.Welcome;
    }

    private async Task ReadCommandsAsync(IAsyncStreamReader<ControllerMessage> responses, CancellationToken cancellationToken)
    {
        while (await responses.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            if (responses.Current.Command is not { } command)
            {
                continue;
            }

            switch (command.KindCase)
            {
                case Command.KindOneofCase.Drain:
                    commands.Drain(command.Drain.Reason);
                    break;
                case Command.KindOneofCase.Undrain:
                    commands.Undrain(command.Undrain.Reason);
                    break;
                case Command.KindOneofCase.Shutdown:
                    commands.Shutdown(command.Shutdown.Reason, TimeSpan.FromMilliseconds(Math.Max(0, command.Shutdown.GraceMs)));
                    break;
                case Command.KindOneofCase.ReportInterval:
                    ApplyIntervals(command.ReportInterval.ReportIntervalMs, command.ReportInterval.HeartbeatIntervalMs);
                    AgentLog.Intervals(logger, ReportInterval, HeartbeatInterval);
                    signal.Raise();
                    break;
                default:
                    // A newer controller's command this agent does not know: ignored, the stream goes on.
                    break;
            }
        }
    }

    private async Task SendAsync(IClientStreamWriter<AgentMessage> requests, Task reader, CancellationToken cancellationToken)
    {
        var lastVersion = -1L;
        var lastFlush = DateTimeOffset.MinValue;
        var lastSend = time.GetUtcNow();
        while (!reader.IsCompleted)
        {
            signal.Lower();
            var now = time.GetUtcNow();
            if (state.Version != lastVersion || rows.HasPending)
            {
                var due = lastFlush == DateTimeOffset.MinValue ? now : lastFlush + ReportInterval;
                if (now < due)
                {
                    // Coalescing: whatever the game writes meanwhile is folded into the next flush.
                    await WaitAsync(due - now, reader, wakeOnSignal: false, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var (primary, secondary, value) in rows.TakePending())
                {
                    await requests.WriteAsync(RowMessage(primary, secondary, value), cancellationToken).ConfigureAwait(false);
                }

                var snapshot = state.Snapshot();
                if (snapshot.Version != lastVersion)
                {
                    await requests.WriteAsync(new AgentMessage { Load = Report(snapshot, now) }, cancellationToken).ConfigureAwait(false);
                    lastVersion = snapshot.Version;
                    ReportsSent++;
                }

                lastFlush = lastSend = now;
                continue;
            }

            var heartbeatDue = lastSend + HeartbeatInterval;
            if (now >= heartbeatDue)
            {
                await requests.WriteAsync(new AgentMessage { Heartbeat = new Heartbeat { Sequence = _sequence } }, cancellationToken).ConfigureAwait(false);
                lastSend = now;
                continue;
            }

            await WaitAsync(heartbeatDue - now, reader, wakeOnSignal: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WaitAsync(TimeSpan delay, Task reader, bool wakeOnSignal, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(delay, time, wait.Token);
        _ = wakeOnSignal
            ? await Task.WhenAny(timer, reader, signal.WaitAsync()).ConfigureAwait(false)
            : await Task.WhenAny(timer, reader).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private LoadReport Report(LoadSnapshot snapshot, DateTimeOffset now)
    {
        var report = new LoadReport
        {
            Players = snapshot.Players,
            Capacity = snapshot.Capacity,
            State = snapshot.State switch
            {
                AgentServerState.Ready => ServerState.Ready,
                AgentServerState.Draining => ServerState.Draining,
                _ => ServerState.Starting,
            },
            Sequence = ++_sequence,
            ObservedAt = Timestamp.FromDateTimeOffset(now),
        };
        foreach (var (name, value) in snapshot.Metrics)
        {
            report.Metrics[name] = value;
        }

        return report;
    }

    private static AgentMessage RowMessage(string primary, uint secondary, byte[]? value)
    {
        var key = new CloudKey { Primary = primary, Secondary = secondary };
        return value is null
            ? new AgentMessage { Release = new Release { Keys = { key } } }
            : new AgentMessage { Post = new Post { Key = key, Value = ByteString.CopyFrom(value) } };
    }

    private void ApplyIntervals(int reportMs, int heartbeatMs)
    {
        if (reportMs > 0)
        {
            Interlocked.Exchange(ref _reportIntervalTicks, TimeSpan.FromMilliseconds(reportMs).Ticks);
        }

        if (heartbeatMs > 0)
        {
            Interlocked.Exchange(ref _heartbeatIntervalTicks, TimeSpan.FromMilliseconds(heartbeatMs).Ticks);
        }
    }

    private void LogFailure(Exception? failure, TimeSpan delay)
    {
        switch (failure)
        {
            case RpcException rpc:
                AgentLog.StreamFailed(logger, rpc.StatusCode, rpc.Status.Detail, delay);
                break;
            case null:
                AgentLog.StreamEnded(logger, delay);
                break;
            default:
                AgentLog.ConnectFailed(logger, failure.GetType().Name, failure.Message, delay);
                break;
        }
    }
}
