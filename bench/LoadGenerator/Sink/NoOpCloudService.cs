using Autoscaler.Protocol.V1;
using Grpc.Core;

namespace Autoscaler.LoadGenerator.Sink;

/// <summary>A Cloud service that does nothing with what it receives: welcomes every Hello, counts every report, and
/// measures its lag. It is the ceiling: no real controller can ingest faster on the same machine.</summary>
/// <remarks>"Applied" here means the report was read off the stream by the service handler.</remarks>
internal sealed class NoOpCloudService(SinkStats stats, TimeProvider time) : Cloud.CloudBase
{
    private static readonly ControllerMessage Welcome = new()
    {
        Welcome = new Welcome { HeartbeatIntervalMs = 5_000, ReportIntervalMs = 0 },
    };

    public override async Task Connect(IAsyncStreamReader<AgentMessage> requestStream, IServerStreamWriter<ControllerMessage> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        stats.StreamOpened();
        try
        {
            while (await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
            {
                var message = requestStream.Current;
                switch (message.BodyCase)
                {
                    case AgentMessage.BodyOneofCase.Hello:
                        await responseStream.WriteAsync(Welcome, context.CancellationToken).ConfigureAwait(false);
                        break;
                    case AgentMessage.BodyOneofCase.Load:
                        var observed = message.Load.ObservedAt?.ToDateTimeOffset() ?? time.GetUtcNow();
                        stats.ReportApplied((time.GetUtcNow() - observed).TotalMilliseconds);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The agent went away; nothing to clean up.
        }
        finally
        {
            stats.StreamClosed();
        }
    }
}
