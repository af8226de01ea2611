import { Args, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../connection/request-context';
import type { ListQueryOptions } from '../helpers/list-query-builder';
import { LeadService } from '../service/lead.service';

declare function Ctx(): ParameterDecorator;

@Resolver()
export class LeadResolver {
  constructor(private leadService: LeadService) {}

  @Query()
  leads(@Ctx() ctx: RequestContext, @Args() args: { options?: ListQueryOptions }) {
    return this.leadService.findAll(ctx, args.options || undefined);
  }

  @Query()
  async lead(@Ctx() ctx: RequestContext, @Args() args: { id: string }) {
    const lead = await this.leadService.findOne(ctx, args.id); // expect-also: [to35c]
    return { ...lead, outputs: await this.leadService.getOutputs(ctx, lead.id) }; // expect: scans-all [to35d] cross
  }
}
