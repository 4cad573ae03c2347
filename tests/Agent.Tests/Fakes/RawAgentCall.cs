using Autoscaler.Protocol.V1;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Autoscaler.Agent.Tests.Fakes;

/// <summary>A hand-driven Connect stream, for sending what the Agent library never would.</summary>
internal sealed class RawAgentCall : IAsyncDisposable
{
    private readonly GrpcChannel _channel;
    private readonly AsyncDuplexStreamingCall<AgentMessage, ControllerMessage> _call;

    private RawAgentCall(GrpcChannel channel)
    {
        _channel = channel;
        Client = new Cloud.CloudClient(channel);
        _call = Client.Connect();
    }

    public Cloud.CloudClient Client { get; }

    public static RawAgentCall Open(Uri address) => new(GrpcChannel.ForAddress(address));

    public static Hello Hello(string serverId, string fleet, string token, int capacity = 16) => new()
    {
        ServerId = serverId,
        Fleet = fleet,
        Token = token,
        Capacity = capacity,
        AgentVersion = "test",
    };

    public static AgentMessage Load(int players, int capacity = 16, ServerState state = ServerState.Ready, ulong sequence = 1) => new()
    {
        Load = new LoadReport { Players = players, Capacity = capacity, State = state, Sequence = sequence },
    };

    public static AgentMessage Post(string primary, uint secondary, byte[] value) => new()
    {
        Post = new Post { Key = new CloudKey { Primary = primary, Secondary = secondary }, Value = Google.Protobuf.ByteString.CopyFrom(value) },
    };

    public Task SendAsync(AgentMessage message) => _call.RequestStream.WriteAsync(message);

    /// <summary>Sends the hello and returns the Welcome.</summary>
    public async Task<Welcome> HelloAsync(Hello hello)
    {
        await SendAsync(new AgentMessage { Hello = hello });
        Assert.True(await _call.ResponseStream.MoveNext(CancellationToken.None), "the stream ended before a welcome");
        return _call.ResponseStream.Current.Welcome ?? throw new InvalidOperationException("first message was not a welcome");
    }

    public async Task<ControllerMessage> ReadAsync()
    {
        Assert.True(await _call.ResponseStream.MoveNext(CancellationToken.None), "the stream ended");
        return _call.ResponseStream.Current;
    }

    /// <summary>Reads until the controller ends the call with an error, and returns it.</summary>
    public async Task<RpcException> FailureAsync()
    {
        try
        {
            while (await _call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        }
        catch (RpcException ex)
        {
            return ex;
        }

        throw new InvalidOperationException("the controller ended the stream without an error");
    }

    /// <summary>Sends messages while the stream accepts them, then returns the controller's error.</summary>
    public async Task<RpcException> SendUntilFailureAsync(IEnumerable<AgentMessage> messages)
    {
        try
        {
            foreach (var message in messages)
            {
                await SendAsync(message);
            }
        }
        catch (RpcException)
        {
            // The call already ended: read its status below.
        }
        catch (InvalidOperationException)
        {
            // Writing after the call completed.
        }

        return await FailureAsync();
    }

    public Task CompleteAsync() => _call.RequestStream.CompleteAsync();

    public async ValueTask DisposeAsync()
    {
        _call.Dispose();
        await Task.Yield();
        _channel.Dispose();
    }

    /// <summary>The fields named by the BadRequest detail of an InvalidArgument status.</summary>
    public static IReadOnlyList<string> ViolatedFields(RpcException ex)
    {
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var badRequest = ex.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        return [.. badRequest.FieldViolations.Select(v => v.Field)];
    }
}
