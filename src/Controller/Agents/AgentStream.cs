using System.Collections.ObjectModel;
using Autoscaler.Controller.Agents.KeyValue;
using Autoscaler.Controller.Registry;
using Autoscaler.Protocol.V1;
using Grpc.Core;

namespace Autoscaler.Controller.Agents;

/// <summary>One Connect call: hello and admission, then validated messages up and commands down.</summary>
/// <remarks>
/// Only this object writes to the response stream after the Welcome (the command pump), so writes never overlap.
/// Every failure ends this stream only; what the server posted is released and the gateway told it left.
/// </remarks>
internal sealed class AgentStream(
    IAgentGateway gateway,
    CloudStore store,
    AgentProtocolOptions options,
    TimeProvider time,
    ILogger logger)
{
    private static readonly IReadOnlyDictionary<string, double> NoMetrics = ReadOnlyDictionary<string, double>.Empty;

    // One per stream, not per message: a message with any violation ends the stream, so none is carried over.
    private readonly Violations _violations = new();

    public async Task RunAsync(
        IAsyncStreamReader<AgentMessage> requests,
        IServerStreamWriter<ControllerMessage> responses,
        CancellationToken cancellationToken,
        CancellationToken stopping)
    {
        var identity = await ReadHelloAsync(requests, cancellationToken);
        var admission = gateway.Admit(identity);
        if (admission.Session is not { } session)
        {
            AgentProtocolLog.Refused(logger, identity.ServerId, identity.Fleet, admission.Failure);
            throw AdmissionError(admission, identity);
        }

        var poster = store.Attach(session.ServerId, session.Fleet, session.SessionId);
        AgentProtocolLog.Connected(logger, session.ServerId, session.Fleet, session.SessionId, identity.AgentVersion);
        try
        {
            await responses.WriteAsync(new ControllerMessage
            {
                Welcome = new Welcome
                {
                    HeartbeatIntervalMs = Math.Max(1, CommandMapping.Milliseconds(session.HeartbeatInterval(options.HeartbeatInterval))),
                    ReportIntervalMs = CommandMapping.Milliseconds(options.ReportInterval),
                    Draining = session.DrainingAtAdmission,
                },
            }, cancellationToken);

            // A stopping controller ends its streams at once, so agents reconnect to the next instance.
            using var streamEnd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
            var pump = PumpCommandsAsync(session, responses, streamEnd.Token);
            var reader = ReadMessagesAsync(session, poster, requests, streamEnd.Token);
            var first = await Task.WhenAny(pump, reader);
            await streamEnd.CancelAsync();
            await Task.WhenAll(pump, reader).ContinueWith(static _ => { }, TaskScheduler.Default);
            if (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw ProtocolErrors.Plain(Google.Rpc.Code.Unavailable, "the controller is stopping; reconnect");
            }

            if (first == reader)
            {
                await reader;
            }
            else if (pump.IsCompletedSuccessfully && !cancellationToken.IsCancellationRequested)
            {
                throw ProtocolErrors.Plain(Google.Rpc.Code.Aborted, "the controller closed this session (a newer connection of this server, or the server is being removed)");
            }
        }
        catch (RpcException ex)
        {
            AgentProtocolLog.StreamFailed(logger, session.ServerId, ex.StatusCode, ex.Status.Detail);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            AgentProtocolLog.StreamCrashed(logger, session.ServerId, ex);
            throw ProtocolErrors.Plain(Google.Rpc.Code.Internal, "the controller failed to process this stream");
        }
        finally
        {
            store.Detach(session.ServerId, session.SessionId);
            gateway.Disconnected(session);
            AgentProtocolLog.Disconnected(logger, session.ServerId, session.SessionId);
        }
    }

    private async Task<AgentIdentity> ReadHelloAsync(IAsyncStreamReader<AgentMessage> requests, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.HelloTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        bool any;
        try
        {
            any = await requests.MoveNext(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ProtocolErrors.Plain(Google.Rpc.Code.DeadlineExceeded, $"no hello within {options.HelloTimeout}");
        }

        if (!any || requests.Current.BodyCase != AgentMessage.BodyOneofCase.Hello)
        {
            throw ProtocolErrors.InvalidArgument("hello", "the first message of a stream must be a hello");
        }

        var hello = requests.Current.Hello;
        var violations = new Violations();
        AgentMessageValidator.ValidateHello(hello, violations);
        violations.ThrowIfAny();
        return new AgentIdentity(hello.ServerId, hello.Fleet, hello.Capacity, hello.Token, hello.AgentVersion);
    }

    private async Task ReadMessagesAsync(AgentSession session, PosterRecord poster, IAsyncStreamReader<AgentMessage> requests, CancellationToken cancellationToken)
    {
        var budget = new MessageBudget(options.MessagesPerSecond, options.MessageBurst, time);
        try
        {
            while (await requests.MoveNext(cancellationToken))
            {
                if (!budget.TrySpend())
                {
                    throw ProtocolErrors.ResourceExhausted(
                        "messages", $"more than {options.MessagesPerSecond} messages per second (burst {options.MessageBurst})");
                }

                Apply(session, poster, requests.Current);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The command pump ended the session, or the call was cancelled.
        }
    }

    private void Apply(AgentSession session, PosterRecord poster, AgentMessage message)
    {
        var violations = _violations;
        switch (message.BodyCase)
        {
            case AgentMessage.BodyOneofCase.Load:
                AgentMessageValidator.ValidateLoad(message.Load, violations);
                violations.ThrowIfAny();
                ApplyLoad(session, poster, message.Load);
                break;
            case AgentMessage.BodyOneofCase.Heartbeat:
                gateway.Heartbeat(session);
                break;
            case AgentMessage.BodyOneofCase.Post:
                AgentMessageValidator.ValidatePost(message.Post, options.MaxValueBytes, violations);
                violations.ThrowIfAny();
                ApplyPost(session, message.Post);
                break;
            case AgentMessage.BodyOneofCase.Release:
                AgentMessageValidator.ValidateRelease(message.Release, violations);
                violations.ThrowIfAny();
                store.Release(session.ServerId, session.SessionId, message.Release.Keys.Select(RowKey.From));
                break;
            case AgentMessage.BodyOneofCase.Hello:
                throw ProtocolErrors.InvalidArgument("hello", "a stream sends exactly one hello, first");
            default:
                throw ProtocolErrors.InvalidArgument("body", "the message carries no known body");
        }
    }

    private void ApplyLoad(AgentSession session, PosterRecord poster, LoadReport report)
    {
        var now = time.GetUtcNow();
        var load = new AgentLoad(
            report.Players,
            report.Capacity,
            CommandMapping.ToReported(report.State),
            report.Sequence,
            now,
            report.Metrics.Count == 0 ? NoMetrics : report.Metrics.ToDictionary(StringComparer.Ordinal));
        gateway.ApplyLoad(session, load);
        store.SetLoad(poster, report.Sequence, report.Players, report.Capacity, report.State, now);
    }

    private void ApplyPost(AgentSession session, Post post)
    {
        var outcome = store.Post(session.ServerId, session.SessionId, RowKey.From(post.Key), post.Value);
        switch (outcome)
        {
            case PostOutcome.TooManyKeys:
                throw ProtocolErrors.ResourceExhausted("post.key", $"a server may hold at most {options.MaxKeysPerServer} rows");
            case PostOutcome.TooManyBytes:
                throw ProtocolErrors.ResourceExhausted("post.value", $"a server may hold at most {options.MaxUploadBytesPerServer} bytes of keys and values");
            case PostOutcome.StaleSession:
                throw ProtocolErrors.Plain(Google.Rpc.Code.Aborted, "this session was replaced by a newer connection of the same server");
            default:
                break;
        }
    }

    private static async Task PumpCommandsAsync(AgentSession session, IServerStreamWriter<ControllerMessage> responses, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var command in session.Commands.ReadAllAsync(cancellationToken))
            {
                await responses.WriteAsync(CommandMapping.ToMessage(command), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The stream is ending.
        }
    }

    private static RpcException AdmissionError(AgentAdmission admission, AgentIdentity identity) => admission.Failure switch
    {
        AdmissionFailure.UnknownFleet => ProtocolErrors.NotFound("fleet", identity.Fleet, admission.Message),
        AdmissionFailure.UnknownServer => ProtocolErrors.NotFound("server", identity.ServerId, admission.Message),
        AdmissionFailure.WrongFleet => ProtocolErrors.Plain(Google.Rpc.Code.PermissionDenied, admission.Message),
        AdmissionFailure.BadToken => ProtocolErrors.Plain(Google.Rpc.Code.Unauthenticated, admission.Message),
        _ => ProtocolErrors.Plain(Google.Rpc.Code.Internal, "admission refused without a reason"),
    };
}
