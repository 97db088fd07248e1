import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE, Roles } from '../../../common/decorators/roles.decorator';
import { UpdateCultureSettingsDto } from './culture-settings.dto';
import { CultureSettingsService } from './culture-settings.service';

@ApiTags('culture')
@Controller('culture/settings')
export class CultureSettingsController {
  constructor(private readonly settings: CultureSettingsService) {}

  /** Everyone may know how many raters their anonymity rests on. */
  @Get()
  @Roles(...ANY_ROLE)
  get() {
    return this.settings.get();
  }

  @Put()
  @Roles('owner', 'admin')
  update(@Body() dto: UpdateCultureSettingsDto) {
    return this.settings.update(dto);
  }
}
