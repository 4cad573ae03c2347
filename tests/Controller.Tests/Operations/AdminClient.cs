using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using V1 = Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>A gRPC client of FleetAdmin built from the service descriptor (the controller compiles fleet.proto as server only).</summary>
internal sealed class AdminClient(GrpcChannel channel, string? token = null)
{
    public Task<V1.ListFleetsResponse> ListFleetsAsync(V1.ListFleetsRequest request) => CallAsync<V1.ListFleetsRequest, V1.ListFleetsResponse>("ListFleets", request);

    public Task<V1.Fleet> GetFleetAsync(V1.GetFleetRequest request) => CallAsync<V1.GetFleetRequest, V1.Fleet>("GetFleet", request);

    public Task<V1.ListServersResponse> ListServersAsync(V1.ListServersRequest request) => CallAsync<V1.ListServersRequest, V1.ListServersResponse>("ListServers", request);

    public Task<V1.ListDecisionsResponse> ListDecisionsAsync(V1.ListDecisionsRequest request) =>
        CallAsync<V1.ListDecisionsRequest, V1.ListDecisionsResponse>("ListDecisions", request);

    public Task<V1.Fleet> SetManualFloorAsync(V1.SetManualFloorRequest request) => CallAsync<V1.SetManualFloorRequest, V1.Fleet>("SetManualFloor", request);

    public Task<V1.Fleet> PauseFleetAsync(V1.PauseFleetRequest request) => CallAsync<V1.PauseFleetRequest, V1.Fleet>("PauseFleet", request);

    public Task<V1.Fleet> ResumeFleetAsync(V1.ResumeFleetRequest request) => CallAsync<V1.ResumeFleetRequest, V1.Fleet>("ResumeFleet", request);

    public Task<V1.Server> DrainServerAsync(V1.DrainServerRequest request) => CallAsync<V1.DrainServerRequest, V1.Server>("DrainServer", request);

    private async Task<TResponse> CallAsync<TRequest, TResponse>(string name, TRequest request)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var method = new Method<TRequest, TResponse>(MethodType.Unary, V1.FleetAdmin.Descriptor.FullName, name,
            Marshallers.Create((TRequest r) => r.ToByteArray(), b => (TRequest)new TRequest().Descriptor.Parser.ParseFrom(b)),
            Marshallers.Create((TResponse r) => r.ToByteArray(), b => (TResponse)new TResponse().Descriptor.Parser.ParseFrom(b)));
        var headers = token is null ? null : new Metadata { { "authorization", $"Bearer {token}" } };
        return await channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(headers, deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(30)), request);
    }
}
