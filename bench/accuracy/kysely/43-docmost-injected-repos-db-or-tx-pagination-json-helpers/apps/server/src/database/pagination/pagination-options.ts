import { IsNumber, IsOptional, IsPositive, Max, Min } from 'class-validator';

export class PaginationOptions {
  @IsOptional()
  @IsNumber()
  @Min(1)
  page = 1;

  @IsOptional()
  @IsNumber()
  @IsPositive()
  @Max(100)
  limit = 20;
}
