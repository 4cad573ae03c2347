using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using V1 = Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>The admin API over gRPC (HTTP/2 endpoint), reflection and gRPC health.</summary>
[Collection(OperationsCollection.Name)]
public sealed class AdminGrpcTests(OperationsHost host)
{
    private readonly AdminClient _client = new(host.Grpc);

    [Fact]
    public async Task ListFleets_OverGrpc_ReturnsDemoFleet()
    {
        var response = await _client.ListFleetsAsync(new V1.ListFleetsRequest());

        var fleet = Assert.Single(response.Fleets);
        Assert.Equal("demo", fleet.Name);
        Assert.Equal(1, fleet.Policy.MinServers);
    }

    [Fact]
    public async Task GetFleet_EmptyName_FailsInvalidArgumentNamingFleet()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.GetFleetAsync(new V1.GetFleetRequest()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal("fleet", Assert.Single(badRequest.FieldViolations).Field);
    }

    [Fact]
    public async Task ListServers_UnknownFleet_FailsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ListServersAsync(new V1.ListServersRequest { Fleet = "elsewhere" }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("elsewhere", error.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
    }

    [Fact]
    public async Task PauseFleet_ThenResume_FlipsPaused()
    {
        var paused = await _client.PauseFleetAsync(new V1.PauseFleetRequest { Fleet = "demo" });
        var resumed = await _client.ResumeFleetAsync(new V1.ResumeFleetRequest { Fleet = "demo" });

        Assert.True(paused.Paused);
        Assert.False(resumed.Paused);
    }

    [Fact]
    public async Task SetManualFloor_Negative_FailsInvalidArgumentNamingFloor()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.SetManualFloorAsync(new V1.SetManualFloorRequest { Fleet = "demo", Floor = -1 }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("floor", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task DrainServer_ReadyServer_DrainsIt()
    {
        // The demo's agents connect over real gRPC; wait for one to be ready, then drain it as an operator would.
        var ready = await OperationsHost.EventuallyAsync(() => _client.ListServersAsync(new V1.ListServersRequest { Fleet = "demo" }),
            r => r.Servers.Any(s => s.State == V1.ServerLifecycle.Ready));
        var target = ready.Servers.First(s => s.State == V1.ServerLifecycle.Ready);

        var drained = await _client.DrainServerAsync(new V1.DrainServerRequest { Fleet = "demo", ServerId = target.Id });

        Assert.Equal(target.Id, drained.Id);
        Assert.Equal(V1.ServerLifecycle.Draining, drained.State);
        Assert.True(drained.Draining);
        var again = await Assert.ThrowsAsync<RpcException>(() => _client.DrainServerAsync(new V1.DrainServerRequest { Fleet = "demo", ServerId = target.Id }));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task Reflection_ListServices_IncludesFleetAdmin()
    {
        var reflection = new ServerReflection.ServerReflectionClient(host.Grpc);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("autoscaler.v1.FleetAdmin", services);
    }

    [Fact]
    public async Task GrpcHealth_Ready_ReportsServing()
    {
        var health = new Health.HealthClient(host.Grpc);

        var response = await OperationsHost.EventuallyAsync(async () => await health.CheckAsync(new HealthCheckRequest()),
            r => r.Status == HealthCheckResponse.Types.ServingStatus.Serving);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}
