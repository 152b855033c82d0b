// Entry point of the explorer bundle.
import './styles/main.css';
import './styles/presentation.css';
import { startApp } from './app/app.ts';

void startApp();
