using Autoscaler.Protocol.V1;
using Grpc.Core;

namespace Autoscaler.Benchmarks.Ingestion;

/// <summary>An agent's request stream without a transport: a Hello, then the given messages, then the end of the stream.
/// Every read completes synchronously, so a benchmark over it measures the handler's work, not gRPC's.</summary>
internal sealed class ScriptedAgentReader(AgentMessage hello, AgentMessage[] messages) : IAsyncStreamReader<AgentMessage>
{
    private static readonly Task<bool> More = Task.FromResult(true);
    private static readonly Task<bool> End = Task.FromResult(false);
    private int _next = -1;

    public AgentMessage Current { get; private set; } = null!;

    public Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (_next == -1)
        {
            _next = 0;
            Current = hello;
            return More;
        }

        if (_next < messages.Length)
        {
            Current = messages[_next++];
            return More;
        }

        return End;
    }
}
