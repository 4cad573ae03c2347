using Autoscaler.Agent.Tests.Fakes;
using Autoscaler.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Autoscaler.Agent.Tests.Controller;

/// <summary>Bytes no Agent would send, through a hand-built method descriptor: the controller survives and other servers are untouched.</summary>
public sealed class HostileStreamTests
{
    private static readonly Method<byte[], byte[]> RawConnect = new(
        MethodType.DuplexStreaming,
        "autoscaler.v1.Cloud",
        "Connect",
        Marshallers.Create(bytes => bytes, bytes => bytes),
        Marshallers.Create(bytes => bytes, bytes => bytes));

    [Fact]
    public async Task Connect_GarbageBytesFromManyStreams_ControllerKeepsServingOtherServers()
    {
        // Arrange: a healthy server with load and a row.
        var gateway = new FakeAgentGateway().AddServer("srv-1", "arena", "t1").AddServer("srv-2", "arena", "t2");
        await using var controller = await TestController.StartAsync(gateway);
        await using var healthy = RawAgentCall.Open(controller.Address);
        await healthy.HelloAsync(RawAgentCall.Hello("srv-2", "arena", "t2"));
        await healthy.SendAsync(RawAgentCall.Load(6, sequence: 1));
        await healthy.SendAsync(RawAgentCall.Post("map", 0, "dust"u8.ToArray()));
        await gateway.WaitUntilAsync(() => gateway.LatestLoad("srv-2") is { Players: 6 });
        using var channel = GrpcChannel.ForAddress(controller.Address);
        var invoker = channel.CreateCallInvoker();
        var random = new Random(12345);

        // Act: 50 streams of random bytes, some after a valid hello claiming the healthy server's id.
        var statuses = new List<StatusCode>();
        for (var i = 0; i < 50; i++)
        {
            using var call = invoker.AsyncDuplexStreamingCall(RawConnect, null, new CallOptions());
            if (i % 2 == 0)
            {
                var hello = new AgentMessage { Hello = RawAgentCall.Hello("srv-2", "arena", "wrong") };
                await call.RequestStream.WriteAsync(Google.Protobuf.MessageExtensions.ToByteArray(hello));
            }

            var garbage = new byte[random.Next(1, 2_000)];
            random.NextBytes(garbage);
            try
            {
                await call.RequestStream.WriteAsync(garbage);
                while (await call.ResponseStream.MoveNext(CancellationToken.None))
                {
                }

                statuses.Add(StatusCode.OK);
            }
            catch (RpcException ex)
            {
                statuses.Add(ex.StatusCode);
            }
        }

        // Assert: every hostile stream failed; the healthy server's state is intact and it still reports.
        Assert.DoesNotContain(StatusCode.OK, statuses);
        await healthy.SendAsync(RawAgentCall.Load(7, sequence: 2));
        await gateway.WaitUntilAsync(() => gateway.LatestLoad("srv-2") is { Players: 7 });
        var rows = await healthy.Client.GetAsync(new GetRequest { Keys = { new CloudKey { Primary = "map" } } });
        Assert.Equal(("srv-2", "dust"), (rows.Rows.Single().ServerId, rows.Rows.Single().Value.ToStringUtf8()));
        Assert.Equal(1, gateway.Admissions);
    }
}
